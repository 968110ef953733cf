package faqbot.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The fuzz test's check can fail: each way a response may be wrong is caught. */
class ChatAnswerCheckTest {

    private static final String JSON = "application/json;charset=utf-8";

    @Test
    void aReplyAndARefusalInTheApisShapePass() {
        assertThatCode(() -> ChatAnswerCheck.assertWellFormed(200, JSON, "{\"type\":\"answer\",\"answer\":\"Kyphoplasty is...\"}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ChatAnswerCheck.assertWellFormed(400, JSON,
                "{\"error\":{\"status\":400,\"code\":\"bad_request\",\"message\":\"The field 'message' is required.\"}}"))
                .doesNotThrowAnyException();
    }

    @Test
    void aServerErrorFails() {
        assertThatThrownBy(() -> ChatAnswerCheck.assertWellFormed(500, JSON,
                "{\"error\":{\"status\":500,\"code\":\"internal_error\",\"message\":\"Something went wrong on our side.\"}}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("status");
    }

    @Test
    void aStackTraceFails() {
        assertThatThrownBy(() -> ChatAnswerCheck.assertWellFormed(400, JSON, "{\"error\":{\"status\":400,\"code\":\"bad_request\","
                + "\"message\":\"java.lang.IllegalStateException\\n\\tat faqbot.http.ChatRequest.parse(ChatRequest.java:20)\"}}"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aReplyWithoutAnAnswerFails() {
        assertThatThrownBy(() -> ChatAnswerCheck.assertWellFormed(200, JSON, "{\"type\":\"answer\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("answer");
    }

    @Test
    void anErrorWhoseStatusOrCodeDisagreesFails() {
        assertThatThrownBy(() -> ChatAnswerCheck.assertWellFormed(415, JSON,
                "{\"error\":{\"status\":400,\"code\":\"bad_request\",\"message\":\"x\"}}")).isInstanceOf(AssertionError.class);
    }

    @Test
    void htmlOrTextFails() {
        assertThatThrownBy(() -> ChatAnswerCheck.assertWellFormed(400, "text/html", "<html>Bad Request</html>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ChatAnswerCheck.assertWellFormed(200, JSON, "not json")).isInstanceOf(AssertionError.class);
    }
}
