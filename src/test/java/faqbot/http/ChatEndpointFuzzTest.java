package faqbot.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Whatever is posted to the real chat endpoint, what it sends back passes {@link ChatAnswerCheck}: a reply or a 4xx in
 * the API's shape, never a 5xx or a stack trace. Under {@code mvn test} Jazzer replays the inputs in
 * {@code ChatEndpointFuzzTestInputs/} (a second or so); fuzzing for new inputs is the slow suite, run on purpose:
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ChatEndpointFuzzTest} (each method up to 5 minutes; a failing input is saved
 * under {@code src/test/resources/faqbot/http/ChatEndpointFuzzTestInputs/}).
 */
class ChatEndpointFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static HardenedServer server;

    @BeforeAll
    static void start() {
        server = HardenedServer.unlimited();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Any bytes as the body: broken JSON, other encodings, trailing text, repeated fields. */
    @FuzzTest(maxDuration = "5m")
    void anyBodyGetsAWellFormedAnswer(FuzzedDataProvider data) {
        ChatAnswerCheck.assertWellFormed(server.post("/api/chat", "application/json", data.consumeRemainingAsBytes()));
    }

    /** Any Content-Type a client can send (printable ASCII: others no HTTP client sends) on a good question. */
    @FuzzTest(maxDuration = "5m")
    void anyContentTypeGetsAWellFormedAnswer(FuzzedDataProvider data) {
        String contentType = data.consumeRemainingAsAsciiString().replaceAll("[^\\x20-\\x7e]", "").strip();
        ChatAnswerCheck.assertWellFormed(server.post("/api/chat", contentType.isEmpty() ? null : contentType,
                "{\"message\": \"what is kyphoplasty?\"}"));
    }

    /** Any text as the message of a well-formed request, so the fuzzer explores answering rather than parsing. */
    @FuzzTest(maxDuration = "5m")
    void anyMessageGetsAWellFormedAnswer(FuzzedDataProvider data) throws JsonProcessingException {
        String body = JSON.writeValueAsString(Map.of("message", data.consumeRemainingAsString()));
        ChatAnswerCheck.assertWellFormed(server.chat(body));
    }
}
