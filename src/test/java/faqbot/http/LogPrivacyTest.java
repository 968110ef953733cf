package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A patient's words, conversation tokens and answers never reach the logs: not when all goes well, not on errors. */
class LogPrivacyTest {

    private static final String CANARY = "zqxcanary7731";

    @Test
    void aCanaryInEveryPartOfARequestAppearsNowhereInTheLogs() throws Exception {
        try (CapturedLogs logs = CapturedLogs.start(); HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(5))) {
            sendCanaryEverywhere(server);
            String text = logs.text();
            assertThat(text).contains("\"route\":\"/api/chat\"", "\"status\":200", "\"status\":400", "\"status\":429");
            assertThat(text).doesNotContain(CANARY);
        }
    }

    @Test
    void theAnswerSentToAPatientIsNotLoggedEither() {
        try (CapturedLogs logs = CapturedLogs.start(); HardenedServer server = HardenedServer.unlimited()) {
            String body = server.chat("{\"message\": \"what is kyphoplasty?\"}").body();
            String answer = body.substring(body.indexOf("\"answer\":\"") + 10, body.indexOf("\"answer\":\"") + 60);
            assertThat(logs.text()).contains("/api/chat").doesNotContain(answer);
        }
    }

    @Test
    void aChatsAccessLineCarriesTheRequestIdOfATrustedProxy() {
        HttpSettings behindProxy = HttpSettings.defaults().withRateLimit(0).withTrustedProxies(TrustedProxies.parse("127.0.0.1"));
        try (CapturedLogs logs = CapturedLogs.start(); HardenedServer server = HardenedServer.start(behindProxy)) {
            var response = server.chat("{\"message\": \"what is kyphoplasty?\"}", RequestIds.HEADER, "req-from-proxy-42");
            assertThat(response.headers().firstValue(RequestIds.HEADER)).hasValue("req-from-proxy-42");
            assertThat(logs.text()).containsPattern("\"route\":\"/api/chat\".*\"requestId\":\"req-from-proxy-42\"|"
                    + "\"requestId\":\"req-from-proxy-42\".*\"route\":\"/api/chat\"");
        }
    }

    @Test
    void aVisitorsOwnRequestIdIsNeverLoggedEvenWhenItLooksPlain() {
        try (CapturedLogs logs = CapturedLogs.start(); HardenedServer server = HardenedServer.unlimited()) {
            var response = server.chat("{\"message\": \"what is kyphoplasty?\"}", RequestIds.HEADER, CANARY + "-jane.doe");
            String id = response.headers().firstValue(RequestIds.HEADER).orElseThrow();
            assertThat(id).doesNotContain(CANARY);
            assertThat(logs.text()).contains("\"requestId\":\"" + id + "\"").doesNotContain(CANARY);
        }
    }

    @Test
    void aTrustedProxysRequestIdIsKeptOnlyWhenItIsAPlainToken() {
        HttpSettings behindProxy = HttpSettings.defaults().withRateLimit(0).withTrustedProxies(TrustedProxies.parse("127.0.0.1"));
        try (CapturedLogs logs = CapturedLogs.start(); HardenedServer server = HardenedServer.start(behindProxy)) {
            for (String forged : new String[] {CANARY + " x", CANARY + "\",\"level\":\"ERROR", CANARY.repeat(6), CANARY + "/..",
                    CANARY + "\u00e9"}) {
                String id = server.get("/api/health", RequestIds.HEADER, forged).headers().firstValue(RequestIds.HEADER).orElseThrow();
                assertThat(id).as(forged).matches("[A-Za-z0-9._-]{1,64}").doesNotContain(CANARY);
            }
            assertThat(logs.text()).doesNotContain(CANARY);
        }
    }

    @Test
    void anErrorInsideAHandlerLogsItsTypeButNotItsMessage() {
        Faqbot faqbot = TestIndex.bundled();
        Javalin app = FaqbotApp.create(faqbot.chat(), faqbot.index(), HttpSettings.defaults().withRateLimit(0));
        app.post("/api/test-failure", ctx -> {
            throw new IllegalStateException("could not answer " + ctx.body());
        });
        app.start("127.0.0.1", 0);
        try (CapturedLogs logs = CapturedLogs.start()) {
            var response = new Client(app.port()).post("/api/test-failure", "{\"message\": \"" + CANARY + "\"}");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).doesNotContain(CANARY, "IllegalStateException", ".java:");
            assertThat(logs.text()).contains("IllegalStateException").doesNotContain(CANARY);
        } finally {
            app.stop();
        }
    }

    @Test
    void aChatThatFailsInsideTheServiceLogsNoCanary() throws Exception {
        Path dir = Files.createTempDirectory("faqbot-broken-index");
        Faqbot broken = Faqbot.open(Path.of("corpus"), dir, DialogSettings.defaults());
        broken.index().use(idx -> {
            try {
                idx.close(); // the generation's files vanish under the service
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        Javalin app = FaqbotApp.create(broken.chat(), broken.index(), HttpSettings.defaults().withRateLimit(0)).start("127.0.0.1", 0);
        try (CapturedLogs logs = CapturedLogs.start()) {
            var response = new Client(app.port()).post("/api/chat", "{\"message\": \"what is " + CANARY + "?\", \"conversation\": \"" + CANARY + "\"}");
            assertThat(response.body()).doesNotContain(CANARY + "\"", "Exception", ".java:");
            assertThat(logs.text()).contains("/api/chat").doesNotContain(CANARY);
        } finally {
            app.stop();
        }
    }

    private static void sendCanaryEverywhere(HardenedServer server) throws IOException {
        server.chat("{\"message\": \"is " + CANARY + " safe?\", \"conversation\": \"" + CANARY + "\"}");
        server.chat("{\"message\": \"" + CANARY + " " + "x".repeat(2100) + "\"}");
        server.chat("{\"message\": " + CANARY + "}");
        server.chat("{\"message\": 5, \"" + CANARY + "\": [" + "[".repeat(30) + "]".repeat(30) + "]}");
        server.post("/api/chat", "text/plain", CANARY);
        server.get("/api/search?q=" + CANARY);
        server.get("/api/" + CANARY);
        server.get("/api/health", "X-Forwarded-For", CANARY, "X-Request-Id", CANARY + " <script>", "User-Agent", CANARY);
        server.chat("{\"message\": \"" + CANARY + "\"}", "X-Forwarded-For", "203.0.113.9");
        server.raw("GET /api/search?q=" + CANARY.repeat(800) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        server.raw("GET /api/health HTTP/1.1\r\nHost: x\r\nX-A: " + CANARY.repeat(800) + "\r\nConnection: close\r\n\r\n");
        server.raw("GET /api/%zz" + CANARY + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        server.raw("POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n10\r\n" + CANARY + "abc\r\n0\r\n\r\n");
    }

    /** A bare client for servers the test builds itself. */
    private record Client(int port) {
        java.net.http.HttpResponse<String> post(String path, String json) {
            try {
                return java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
