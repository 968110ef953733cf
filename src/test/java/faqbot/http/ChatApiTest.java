package faqbot.http;

import faqbot.testing.Servers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.app.Faqbot;
import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chat API on a real server on a random port: answers, and a clear 4xx JSON error for every bad input. */
class ChatApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() {
        Faqbot faqbot = TestIndex.bundled();
        app = FaqbotApp.create(faqbot.chat(), faqbot.index()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        Servers.stop(app);
    }

    @Test
    void aPatientQuestionGetsAGroundedAnswerWithASectionLink() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"message\": \"is the balloon one covered by my insurance?\", \"conversation\": null}");
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("type").asText()).isEqualTo("answer");
        // the section on insurance or the FAQ entry that asks it ("Are both procedures covered by insurance?")
        assertThat(body.get("citations").get(0).get("url").asText())
                .containsAnyOf("#fact-6-cost-considerations-and-insurance-coverage", "#faq--are-both-procedures-covered-by-insurance");
        assertThat(body.get("disclaimer").asText()).contains("not medical advice");
        assertThat(body.get("conversation").asText()).isNotEmpty();
        assertThat(body.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void anUnrelatedQuestionGetsAnHonestFallbackWithQuestionsItCanAnswer() throws Exception {
        JsonNode body = JSON.readTree(post("application/json", "{\"message\": \"what is the capital of peru\"}").body());
        assertThat(body.get("type").asText()).isEqualTo("fallback");
        assertThat(body.get("citations")).isEmpty();
        assertThat(body.get("suggestions").size()).isBetween(2, 3);
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        assertThat(post("application/json", "{\"message\": \"what is kyphoplasty\", \"colour\": \"blue\"}").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|application/json|{\"message\": |400",
        "a JSON array|application/json|[1, 2]|400",
        "a JSON string|application/json|\"hello\"|400",
        "no message|application/json|{}|400",
        "a number as message|application/json|{\"message\": 42}|400",
        "an empty message|application/json|{\"message\": \"\"}|400",
        "a blank message|application/json|{\"message\": \"   \"}|400",
        "wrong content type|text/plain|{\"message\": \"hi\"}|415",
        "deeply nested JSON|application/json|{\"message\": \"hi\", \"x\": [[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]}|400",
    })
    void badInputGetsAClearJsonError(String what, String contentType, String body, int status) throws Exception {
        HttpResponse<String> response = post(contentType, body);
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void aMessageOverTwoThousandCharactersIsRefused() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"message\": \"" + "a".repeat(2001) + "\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("2000 characters");
    }

    @Test
    void searchShowsRankedPassagesForContentTeams() throws Exception {
        HttpResponse<String> response = get("/api/search?q=cement+leakage&k=3");
        JsonNode results = JSON.readTree(response.body()).get("results");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(0).get("url").asText()).contains("#");
    }

    @Test
    void searchWithoutAQueryOrWithABadKIsRefused() throws Exception {
        assertThat(get("/api/search").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=cement&k=zero").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=cement&k=500").statusCode()).isEqualTo(400);
    }

    @Test
    void healthReportsTheIndexVersion() throws Exception {
        JsonNode body = JSON.readTree(get("/api/health").body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("indexVersion").asText()).startsWith("gen-");
    }

    @Test
    void anUnknownEndpointIsAJsonNotFound() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").get("code").asText()).isEqualTo("not_found");
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/chat")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
