package faqbot.http;

import faqbot.testing.Servers;
import static org.assertj.core.api.Assertions.assertThat;

import faqbot.app.Faqbot;
import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin API answers no browser from another website, even one allowed to embed the widget. */
class AdminNoCorsTest {

    private static final String CLINIC = "https://clinic.example";
    private static final String TOKEN = "admin-token-for-tests-0123456789";
    private static Javalin app;

    @BeforeAll
    static void start() {
        Faqbot faqbot = TestIndex.bundled();
        app = FaqbotApp.create(faqbot.chat(), faqbot.index(), new WebSettings(Path.of("corpus"), AllowedOrigins.parse(CLINIC)),
                new AdminServices(TOKEN, faqbot.publisher(), faqbot.gaps()), HttpSettings.defaults().withoutRateLimits());
        app.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        Servers.stop(app);
    }

    @Test
    void anAllowedWebsiteGetsCorsHeadersOnTheChat() throws Exception {
        HttpResponse<String> chat = send(HttpRequest.newBuilder(uri("/api/chat")).header("Origin", CLINIC)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"hi\"}")));
        assertThat(chat.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CLINIC);
    }

    @Test
    void butNeverOnTheAdminApi() throws Exception {
        HttpResponse<String> status = send(HttpRequest.newBuilder(uri("/api/admin/status")).header("Origin", CLINIC)
                .header("Authorization", "Bearer " + TOKEN).GET());
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
    }

    @Test
    void norToAPreflight() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/admin/reindex")).header("Origin", CLINIC)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
