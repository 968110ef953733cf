package faqbot.http;

import faqbot.testing.Servers;
import static org.assertj.core.api.Assertions.assertThat;

import faqbot.app.Faqbot;
import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static HardenedServer server;

    @BeforeAll
    static void start() {
        server = HardenedServer.unlimited();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyApiResponseForbidsSniffingCachingAndReferrers() {
        List<HttpResponse<String>> responses = List.of(
                server.chat("{\"message\": \"what is kyphoplasty?\"}"),
                server.chat("not json"),
                server.get("/api/search?q=cement"),
                server.get("/api/health"),
                server.get("/api/ready"),
                server.get("/api/no-such-thing"));
        for (HttpResponse<String> response : responses) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void noResponseNamesTheServerSoftware() {
        for (String path : List.of("/", "/api/health", "/api/nope", "/metrics")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.headers().firstValue("Server")).isEmpty();
            assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
        }
    }

    @Test
    void theDemoPageHasAContentSecurityPolicy() {
        HttpResponse<String> page = server.get("/");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src", "script-src 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anyOtherPageGetsTheDefaultPolicy() {
        Faqbot faqbot = TestIndex.bundled();
        Javalin app = FaqbotApp.create(faqbot.chat(), faqbot.index(), HttpSettings.defaults());
        app.get("/another-page", ctx -> ctx.html("<p>hello</p>"));
        app.start("127.0.0.1", 0);
        try {
            HttpResponse<String> page = HardenedServer.get(app.port(), "/another-page");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        } finally {
            Servers.stop(app);
        }
    }

    @Test
    void everyResponseCarriesARequestId() {
        HttpResponse<String> response = server.get("/api/health");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThan(8));
        assertThat(server.get("/api/health", "X-Request-Id", "visitor-id-12345").headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).isNotEqualTo("visitor-id-12345"));
        assertThat(server.get("/api/health", "X-Request-Id", "bad id\" with quotes").headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("\"", " "));
    }

    @Test
    void errorsNeverShowAStackTrace() {
        for (HttpResponse<String> response : List.of(server.chat("{\"message\": 5}"), server.chat("[1,2"),
                server.post("/api/chat", "text/plain", "hi"), server.get("/api/search"))) {
            assertThat(response.statusCode()).isBetween(400, 499);
            assertThat(response.body()).startsWith("{\"error\":").doesNotContain("Exception", "\tat ", ".java:");
        }
    }
}
