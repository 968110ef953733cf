package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each request limit is a clear 4xx in the API's JSON error shape, whether Javalin or Jetty notices it. */
class RequestLimitsTest {

    private static HardenedServer server;

    @BeforeAll
    static void start() {
        server = HardenedServer.start(HttpSettings.defaults().withRateLimit(0).withRequestTimeout(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBodyOver16KiBIs413() {
        String big = "{\"message\": \"" + "a".repeat(17 * 1024) + "\"}";
        assertJsonError(server.chat(big), 413);
    }

    @Test
    void aMessageOver2000CharactersIs400() {
        assertJsonError(server.chat("{\"message\": \"" + "why ".repeat(501) + "\"}"), 400);
    }

    @Test
    void jsonNestedTooDeeplyIs400() {
        String deep = "{\"message\": \"hi\", \"x\": " + "[".repeat(40) + "]".repeat(40) + "}";
        assertJsonError(server.chat(deep), 400);
    }

    @Test
    void aBodyOfUnknownLengthIsRefusedBeforeItIsRead() throws Exception {
        String chunk = "{\"message\": \"" + "a".repeat(20 * 1024) + "\"}";
        String response = server.raw("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");
        assertRawJsonError(response, 411);
    }

    @Test
    void aBodyThatStopsArrivingIs408() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"message\": ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            String response = HardenedServer.readAll(socket.getInputStream());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertRawJsonError(response, 408);
        }
    }

    @Test
    void anOverlongAddressIs414InJson() throws Exception {
        String response = server.raw("GET /api/search?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertRawJsonError(response, 414);
    }

    @Test
    void overlargeHeadersAre431InJson() throws Exception {
        String response = server.raw("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(10_000)
                + "\r\nConnection: close\r\n\r\n");
        assertRawJsonError(response, 431);
    }

    @Test
    void aMalformedRequestIs400InJson() throws Exception {
        String response = server.raw("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertRawJsonError(response, 400);
    }

    private static void assertJsonError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("Exception", "at faqbot.", "at org.");
    }

    private static void assertRawJsonError(String response, int status) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(response.toLowerCase()).contains("content-type: application/json", "x-content-type-options: nosniff");
        assertThat(response).contains("{\"error\":{", "\"status\":" + status).doesNotContain("Exception", "<html");
    }
}
