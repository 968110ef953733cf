package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page of an allowed website can read every answer of the chat API, refusals included: status, body and
 * Retry-After. Otherwise the embedded widget sees only a failed request and blames the visitor's connection.
 */
class CorsOnEveryAnswerTest {

    private static final String CLINIC = "https://clinic-a.example";
    private static final AllowedOrigins ORIGINS = AllowedOrigins.parse(CLINIC);
    private static final String QUESTION = "{\"message\": \"what is kyphoplasty?\"}";

    private static HardenedServer server;

    @BeforeAll
    static void start() {
        server = HardenedServer.start(HttpSettings.defaults().withRateLimit(0).withRequestTimeout(Duration.ofSeconds(1)),
                ORIGINS, app -> { });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anAnswerIsReadable() {
        HttpResponse<String> answer = server.chat(QUESTION, "Origin", CLINIC);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertCors(answer);
    }

    @Test
    void aMalformedChatIsA400TheWidgetCanRead() {
        assertReadableError(server.chat("{\"message\": 5}", "Origin", CLINIC), 400);
    }

    @Test
    void aBodyInAnotherCharsetIsA415TheWidgetCanRead() {
        assertReadableError(server.post("/api/chat", "application/json; charset=iso-8859-1", QUESTION, "Origin", CLINIC), 415);
    }

    @Test
    void aBodyTooLargeIsA413TheWidgetCanRead() {
        assertReadableError(server.chat("{\"message\": \"" + "a".repeat(17 * 1024) + "\"}", "Origin", CLINIC), 413);
    }

    @Test
    void aBodyTooSlowIsA408TheWidgetCouldRead() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nOrigin: " + CLINIC + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"message\": ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = HardenedServer.readAll(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 408");
            assertThat(response.toLowerCase(Locale.ROOT)).contains("access-control-allow-origin: " + CLINIC, "vary: origin",
                    "access-control-expose-headers: retry-after");
        }
    }

    @Test
    void aRateLimitedChatIsA429WithARetryAfterTheWidgetCanRead() {
        try (HardenedServer limited = HardenedServer.start(HttpSettings.defaults().withRateLimit(1), ORIGINS, app -> { })) {
            limited.chat(QUESTION, "Origin", CLINIC);

            HttpResponse<String> refused = limited.chat(QUESTION, "Origin", CLINIC);

            assertReadableError(refused, 429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        }
    }

    @Test
    void aChatWhileEveryPermitIsTakenIsA503WithARetryAfterTheWidgetCanRead() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (HardenedServer full = HardenedServer.start(HttpSettings.defaults().withRateLimit(0).withConcurrency(1), ORIGINS,
                app -> app.get("/api/test-hold", ctx -> {
                    holding.countDown();
                    release.await(20, TimeUnit.SECONDS);
                    ctx.result("done");
                }))) {
            CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> full.get("/api/test-hold"));
            assertThat(holding.await(10, TimeUnit.SECONDS)).as("the only permit is taken").isTrue();

            HttpResponse<String> refused = full.chat(QUESTION, "Origin", CLINIC);
            release.countDown();

            assertReadableError(refused, 503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(held.join().statusCode()).isEqualTo(200);
        }
    }

    private static void assertReadableError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).startsWith("{\"error\":").contains("\"status\":" + status);
        assertCors(response);
    }

    private static void assertCors(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CLINIC);
        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Origin"));
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("Retry-After"));
    }
}
