package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final String QUESTION = "{\"message\": \"what is kyphoplasty?\"}";

    @Test
    void aClientOverItsLimitIsToldToRetryLaterInJson() {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(3))) {
            for (int i = 0; i < 3; i++) {
                assertThat(server.chat(QUESTION).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> refused = server.chat(QUESTION);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 60L));
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(refused.body()).contains("\"status\":429", "\"code\":\"rate_limited\"");
        }
    }

    @Test
    void probesAreNeverLimited() {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(1))) {
            for (int i = 0; i < 5; i++) {
                assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
                assertThat(server.get("/api/ready").statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void aForgedForwardedForDoesNotResetTheLimit() {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(1))) {
            assertThat(server.chat(QUESTION, "X-Forwarded-For", "203.0.113.1").statusCode()).isEqualTo(200);
            assertThat(server.chat(QUESTION, "X-Forwarded-For", "203.0.113.2").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnLimit() {
        HttpSettings settings = HttpSettings.defaults().withRateLimit(1).withTrustedProxies(TrustedProxies.parse("127.0.0.0/8"));
        try (HardenedServer server = HardenedServer.start(settings)) {
            assertThat(server.chat(QUESTION, "X-Forwarded-For", "203.0.113.1").statusCode()).isEqualTo(200);
            assertThat(server.chat(QUESTION, "X-Forwarded-For", "203.0.113.2").statusCode()).isEqualTo(200);
            assertThat(server.chat(QUESTION, "X-Forwarded-For", "203.0.113.1").statusCode()).isEqualTo(429);
            // a client cannot prepend its own entries: the proxy appends the address it saw last
            assertThat(server.chat(QUESTION, "X-Forwarded-For", "198.51.100.7, 203.0.113.2").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void adminEndpointsHaveTheirOwnStricterLimit() {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(100))) {
            for (int i = 0; i < HttpSettings.DEFAULT_ADMIN_RATE_LIMIT; i++) {
                assertThat(server.get("/api/admin/status").statusCode()).isNotEqualTo(429);
            }
            assertThat(server.get("/api/admin/status").statusCode()).isEqualTo(429);
            assertThat(server.chat(QUESTION).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theClinicSettingsTheWidgetReadsShareTheLimitOfThePublicApi() {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(3))) {
            assertThat(server.get("/api/clinic").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/search?q=kyphoplasty").statusCode()).isEqualTo(200);
            assertThat(server.chat(QUESTION).statusCode()).isEqualTo(200);

            HttpResponse<String> refused = server.get("/api/clinic");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("\"code\":\"rate_limited\"");
        }
    }

    @Test
    void zeroTurnsTheLimitOff() {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(0))) {
            for (int i = 0; i < 40; i++) {
                assertThat(server.chat(QUESTION).statusCode()).isEqualTo(200);
            }
        }
    }
}
