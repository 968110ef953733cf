package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.corpus.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationTest {

    private static Passage at(String url) {
        return new Passage("knee/risks", "knee", "Knee", url, "risks", List.of("Risks"), List.of(), "Clots.");
    }

    @Test
    void citesTheSectionOfAWebPage() {
        assertThat(Citation.of(at("https://hospital.example/knee"), "Clots.").url()).isEqualTo("https://hospital.example/knee#risks");
    }

    @Test
    void aPassageFromAnOlderIndexWithAScriptAddressIsCitedWithoutALink() {
        Citation citation = Citation.of(at("JavaScript:alert(document.cookie)"), "Clots.");

        assertThat(citation.url()).isEmpty();
        assertThat(citation.section()).isEqualTo("Risks");
    }
}
