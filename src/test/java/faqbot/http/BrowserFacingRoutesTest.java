package faqbot.http;

import faqbot.testing.Servers;
import static org.assertj.core.api.Assertions.assertThat;

import faqbot.app.Faqbot;
import faqbot.testing.TestIndex;
import faqbot.web.DemoPage;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The widget script, the demo page and CORS, over real HTTP. */
class BrowserFacingRoutesTest {

    private static final String CLINIC = "https://clinic-a.example";
    private static final String QUESTION = "{\"message\": \"what is kyphoplasty?\", \"conversation\": null}";

    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Faqbot faqbot = TestIndex.bundled();
        WebSettings web = new WebSettings(Path.of("corpus"), AllowedOrigins.parse(CLINIC + ",https://clinic-b.example"));
        app = FaqbotApp.create(faqbot.chat(), faqbot.index(), web).start(0);
    }

    @AfterAll
    static void stop() {
        Servers.stop(app);
    }

    private static String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder chat(String body) {
        return HttpRequest.newBuilder(URI.create(url("/api/chat")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void theWidgetScriptIsServedWithCachingHeadersAndAnETag() throws Exception {
        HttpResponse<String> first = send(HttpRequest.newBuilder(URI.create(url("/widget.js"))));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age="));
        assertThat(first.body()).contains("attachShadow");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(url("/widget.js"))).header("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
    }

    @Test
    void aChangedWidgetScriptIsSentAgain() throws Exception {
        HttpResponse<String> stale = send(HttpRequest.newBuilder(URI.create(url("/widget.js"))).header("If-None-Match", "\"old\""));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("attachShadow");
    }

    @Test
    void theDemoPageHasTheArticleTheWidgetAndAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url("/"))));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(DemoPage.CONTENT_SECURITY_POLICY);
        assertThat(page.body()).contains("<script src=\"/widget.js\"", "<h2 id=\"fact-5-possible-complications-and-risks\"");
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/demo.css")))).statusCode()).isEqualTo(200);
    }

    @Test
    void anAllowedOriginGetsCorsHeadersAndAnAnswer() throws Exception {
        HttpResponse<String> reply = send(chat(QUESTION).header("Origin", CLINIC));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).contains(CLINIC);
        assertThat(reply.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Origin"));
        assertThat(reply.body()).contains("\"answer\"");
    }

    @Test
    void anAllowedOriginCanReadTheErrorsToo() throws Exception {
        HttpResponse<String> reply = send(chat("{\"message\": \"\"}").header("Origin", CLINIC));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).contains(CLINIC);
        assertThat(reply.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(h -> assertThat(h).contains("Retry-After"));
    }

    @Test
    void anOriginThatIsNotAllowedGets403BeforeItsRequestIsProcessedAndCanReadOnlyThatRefusal() throws Exception {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(url("/api/chat")))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("not even JSON")));

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).contains("https://evil.example");
        assertThat(reply.body()).contains("\"code\":\"forbidden\"").doesNotContain("answer");
    }

    @Test
    void anOriginThatIsNotAWebPagesIsNeverEchoed() throws Exception {
        HttpResponse<String> reply = send(chat(QUESTION).header("Origin", "null"));

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void thePreflightOfAnAllowedOriginIsAnswered() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(url("/api/chat")))
                .header("Origin", "https://clinic-b.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://clinic-b.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(h -> assertThat(h).containsIgnoringCase("content-type"));
    }

    @Test
    void thePreflightOfAnOriginThatIsNotAllowedLetsItsPageReadTheRefusalThatFollows() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(url("/api/chat")))
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://evil.example");
        assertThat(preflight.body()).isEmpty();
    }

    @Test
    void theServersOwnOriginIsAlwaysAllowed() throws Exception {
        String own = "http://localhost:" + app.port();

        HttpResponse<String> reply = send(chat(QUESTION).header("Origin", own));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).contains(own);
    }

    @Test
    void aRequestWithoutAnOriginIsNotABrowsersAndIsAllowed() throws Exception {
        HttpResponse<String> reply = send(chat(QUESTION));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
