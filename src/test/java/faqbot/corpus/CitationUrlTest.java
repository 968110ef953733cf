package faqbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://hospital.example/knee",
            "http://hospital.example/knee",
            "HTTPS://Hospital.Example/knee",
            "https://hospital.example/knee#after-surgery",
            "https://hospital.example:8443/a/b?x=1&y=2",
            "https://hospital.example/my%20page",
            "https://www.cancer.gov/types/leukemia/patient/adult-all-treatment-pdq"})
    void acceptsAbsoluteWebAddresses(String url) {
        assertThat(CitationUrl.problem(url)).isEmpty();
    }

    static List<String> unsafe() {
        return List.of(
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:alert(1)",
                "\u0001javascript:alert(1)",
                "java\tscript:alert(1)",
                "java\nscript:alert(1)",
                "\u200bjavascript:alert(1)",
                "vbscript:msgbox(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "file:///etc/passwd",
                "ftp://hospital.example/knee",
                "mailto:someone@hospital.example",
                "//evil.example/knee",
                "/knee",
                "knee.html",
                "#after-surgery",
                "&#106;avascript:alert(1)",
                "https:evil.example",
                "https:/evil.example",
                "https://",
                "https://hospital.example@evil.example/",
                "https://hospital.example/my page",
                "https://hospital.example/\u00a0",
                "");
    }

    @ParameterizedTest
    @MethodSource("unsafe")
    void refusesEverythingElse(String url) {
        assertThat(CitationUrl.problem(url)).isPresent();
        assertThat(CitationUrl.isSafe(url)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("unsafe")
    void aPassageWithAnUnsafeAddressCitesNoLink(String url) {
        Passage passage = new Passage("a/b", "a", "A", url, "b", List.of("B"), List.of(), "text");

        assertThat(passage.citationUrl()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "\u0001javascript:x"})
    void saysWhatIsWrongAndShowsInvisibleCharacters(String url) {
        assertThat(CitationUrl.problem(url)).hasValueSatisfying(message ->
                assertThat(message).contains("'" + url.replace("\u0001", "\\u0001") + "'").doesNotContain("\u0001"));
    }
}
