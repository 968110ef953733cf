package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

    private final AllowedOrigins clinics = AllowedOrigins.parse(" https://a.example, https://B.example:8443/ ,");

    @Test
    void aConfiguredOriginIsAllowed() {
        assertThat(clinics.allows("https://a.example", "faq.example")).isTrue();
        assertThat(clinics.allows("https://b.example:8443", "faq.example")).isTrue();
    }

    @Test
    void originsAreComparedAsBrowsersSendThem() {
        assertThat(clinics.allows("HTTPS://A.EXAMPLE:443", "faq.example")).isTrue();
        assertThat(clinics.configured()).containsExactly("https://a.example", "https://b.example:8443");
    }

    @Test
    void anotherOriginIsNotAllowed() {
        assertThat(clinics.allows("https://evil.example", "faq.example")).isFalse();
        assertThat(clinics.allows("http://a.example", "faq.example")).isFalse();
        assertThat(clinics.allows("https://a.example:8443", "faq.example")).isFalse();
        assertThat(clinics.allows("https://a.example.evil.example", "faq.example")).isFalse();
    }

    @Test
    void opaqueAndMalformedOriginsAreNotAllowed() {
        assertThat(clinics.allows("null", "faq.example")).isFalse();
        assertThat(clinics.allows("https://a.example/path", "faq.example")).isFalse();
        assertThat(clinics.allows("file://", "faq.example")).isFalse();
    }

    @Test
    void theServersOwnOriginIsAlwaysAllowed() {
        AllowedOrigins none = AllowedOrigins.ownOriginOnly();
        assertThat(none.allows("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(none.allows("https://faq.example", "faq.example")).isTrue();
        assertThat(none.allows("https://faq.example", "faq.example:443")).isTrue();
        assertThat(none.allows("http://127.0.0.1:8080", "localhost:8080")).isFalse();
        assertThat(none.allows("http://localhost:9090", "localhost:8080")).isFalse();
        assertThat(none.allows("http://localhost:8080", null)).isFalse();
    }

    @Test
    void requestsWithoutAnOriginAreAllowed() {
        assertThat(clinics.allows(null, "faq.example")).isTrue();
        assertThat(clinics.allows("", "faq.example")).isTrue();
    }

    @Test
    void aMistypedOriginIsRejectedWhenConfigured() {
        assertThatThrownBy(() -> AllowedOrigins.parse("https://a.example,clinic.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clinic.example");
        assertThatThrownBy(() -> AllowedOrigins.parse("https://a.example/faq"))
                .hasMessageContaining("https://a.example/faq");
        assertThatThrownBy(() -> AllowedOrigins.parse("ftp://a.example")).hasMessageContaining("ftp://a.example");
    }
}
