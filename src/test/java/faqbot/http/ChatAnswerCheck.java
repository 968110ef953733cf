package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the chat API may send back, whatever it was sent: 200 with a reply that has a type and an answer, or a refusal
 * (4xx) in the API's error shape with a matching status and code. Never a 5xx, never anything but JSON, never a
 * stack trace. An AssertionError says which rule a response broke.
 */
final class ChatAnswerCheck {

    static final Set<Integer> REFUSALS = Set.of(400, 408, 411, 413, 415, 429);
    private static final Pattern STACK_TRACE = Pattern.compile("\\tat |\\bat (?:faqbot|java|org|io|com)\\.[\\w.$]+\\(|\\.java:\\d+\\)");
    private static final ObjectMapper JSON = FaqbotApp.jsonMapper();

    private ChatAnswerCheck() {}

    static void assertWellFormed(HttpResponse<String> response) {
        assertWellFormed(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    static void assertWellFormed(int status, String contentType, String body) {
        assertThat(status).as("status").satisfiesAnyOf(s -> assertThat(s).isEqualTo(200), s -> assertThat(REFUSALS).contains(s));
        assertThat(contentType).as("content type").startsWith("application/json");
        assertThat(STACK_TRACE.matcher(body).find()).as("a stack trace in %s", body).isFalse();
        JsonNode json = parse(body);
        if (status == 200) {
            assertThat(json.path("type").asText("")).as("reply type").isNotBlank();
            assertThat(json.path("answer").asText("")).as("reply answer").isNotBlank();
        } else {
            JsonNode error = json.path("error");
            assertThat(json.size()).as("only an error").isEqualTo(1);
            assertThat(error.path("status").asInt()).as("error status").isEqualTo(status);
            assertThat(error.path("code").asText()).as("error code").isEqualTo(ApiErrors.code(status));
            assertThat(error.path("message").asText("")).as("error message").isNotBlank().doesNotContain("Exception");
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            assertThat(json != null && json.isObject()).as("a JSON object: %s", body).isTrue();
            return json;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
