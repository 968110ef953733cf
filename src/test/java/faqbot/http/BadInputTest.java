package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a client sends, a request the server can parse gets 2xx or 4xx JSON, and one it cannot parse gets 400. */
class BadInputTest {

    private static final String QUESTION = "{\"message\": \"what is kyphoplasty?\"}";

    private static HardenedServer server;

    @BeforeAll
    static void start() {
        server = HardenedServer.unlimited();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=\"utf-8\"", "application/json;charset=UTF-8",
            "Application/JSON; Charset=\"Utf-8\"", "application/json ; charset=utf-8 ", "application/json; q=1"})
    void aJsonBodyInUtf8IsAnsweredHoweverItsCharsetIsWritten(String contentType) {
        HttpResponse<String> answer = server.post("/api/chat", contentType, QUESTION);

        assertThat(answer.statusCode()).as(contentType).isEqualTo(200);
        assertThat(answer.body()).contains("\"answer\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=iso-8859-1", "application/json; charset=utf-16",
            "application/json; charset=no-such-charset", "application/json; charset=", "application/json; charset=\"utf-8",
            "application/json; charset=utf-8; charset=iso-8859-1", "application/json; charset", "application/jsonx",
            "application/json/x", "text/plain", "application/x-www-form-urlencoded", ";", "application/json; charset=\"\""})
    void anyOtherOrMalformedContentTypeIs415(String contentType) {
        assertJsonError(server.post("/api/chat", contentType, QUESTION), 415);
    }

    @Test
    void aBodyWithoutAContentTypeIs415() {
        assertJsonError(server.post("/api/chat", null, QUESTION), 415);
    }

    @Test
    void aBodyThatIsNotUtf8Is400NeverReadAsAnotherCharset() {
        byte[] latin1 = "{\"message\": \"na\u00efve question\"}".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> refused = server.post("/api/chat", "application/json", latin1);

        assertJsonError(refused, 400);
        assertThat(refused.body()).contains("UTF-8");
    }

    @Test
    void utf8TextArrivesAsWritten() {
        HttpResponse<String> answer = server.post("/api/chat", "application/json; charset=utf-8",
                "{\"message\": \"what is kyphoplasty? \u2014 na\u00efve \u4e2d\u6587\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("\u00c3", "\u00e2\u0080");
    }

    @Test
    void anythingAfterTheJsonObjectIs400() {
        assertJsonError(server.chat(QUESTION + " and more"), 400);
        assertJsonError(server.chat(QUESTION + "{\"message\": \"again\"}"), 400);
        assertJsonError(server.chat(QUESTION + "]"), 400);
    }

    @Test
    void aFieldGivenTwiceIs400() {
        assertJsonError(server.chat("{\"message\": \"hello\", \"message\": \"what is kyphoplasty?\"}"), 400);
        assertJsonError(server.chat("{\"message\": \"hi\", \"conversation\": null, \"conversation\": \"x\"}"), 400);
    }

    @Test
    void trailingWhitespaceIsStillOneObject() {
        assertThat(server.chat(QUESTION + " \r\n\t").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET / HTTP/9.9\r\nHost: x\r\n\r\n", "hello world foo\r\n\r\n", "GET /api/health\r\n\r\n",
            "GARBAGE\r\n\r\n", "\u0001\u0002\u0003\r\n\r\n"})
    void aRequestLineTheServerCannotParseIs400NeverA5xx(String request) throws Exception {
        String response = server.raw(request);

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("{\"error\":{\"status\":400,\"code\":\"bad_request\"").doesNotContain("on our side");
    }

    private static void assertJsonError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).startsWith("{\"error\":").contains("\"status\":" + status)
                .doesNotContain("Exception", "\tat ", ".java:");
    }
}
