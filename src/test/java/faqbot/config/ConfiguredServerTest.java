package faqbot.config;

import faqbot.testing.Servers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.app.Faqbot;
import faqbot.dialog.ChatService;
import faqbot.dialog.ConversationTokens;
import faqbot.dialog.DialogSettings;
import faqbot.http.FaqbotApp;
import faqbot.nlu.SentenceSplitter;
import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real server with a clinic's settings answers contact and urgent messages with the clinic's own numbers. */
class ConfiguredServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ClinicSettings CLINIC = new ClinicSettings("Riverside Spine Clinic", "+1 555 0100",
            "https://riverside.example/contact", "weekdays 8 to 5", "112", "116 123", "Riverside's own disclaimer.");
    private static Javalin app;

    @BeforeAll
    static void start() {
        Faqbot bundled = TestIndex.bundled();
        ConversationTokens tokens = new ConversationTokens("a test secret that is long enough".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        ChatService chat = new ChatService(bundled.index(), SentenceSplitter.english(), DialogSettings.of(CLINIC), tokens);
        app = FaqbotApp.create(chat, bundled.index()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        Servers.stop(app);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"I want to talk to a person", "what is your phone number"})
    void aContactMessageGetsTheClinicsPhoneAndPage(String message) throws Exception {
        JsonNode reply = chat(message);
        assertThat(reply.get("type").asText()).isEqualTo("smalltalk");
        assertThat(reply.get("answer").asText()).contains("Riverside Spine Clinic, phone +1 555 0100 (weekdays 8 to 5)")
                .contains("https://riverside.example/contact");
    }

    @Test
    void anUrgentMessageGetsTheConfiguredEmergencyNumber() throws Exception {
        JsonNode reply = chat("I have sudden chest pain and can't breathe");
        assertThat(reply.get("type").asText()).isEqualTo("urgent");
        assertThat(reply.get("answer").asText()).contains("call 112");
    }

    @Test
    void aSelfHarmMessageGetsTheConfiguredCrisisLine() throws Exception {
        JsonNode reply = chat("I want to kill myself");
        assertThat(reply.get("type").asText()).isEqualTo("urgent");
        assertThat(reply.get("answer").asText()).contains("call 116 123").contains("112");
    }

    @Test
    void anAnswerCarriesTheClinicsDisclaimer() throws Exception {
        assertThat(chat("what is kyphoplasty").get("disclaimer").asText()).isEqualTo("Riverside's own disclaimer.");
    }

    @Test
    void theWidgetCanReadTheContactAndEmergencyNumbers() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + "/api/clinic")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode card = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(card.get("contactPhone").asText()).isEqualTo("+1 555 0100");
        assertThat(card.get("emergencyNumber").asText()).isEqualTo("112");
        assertThat(card.has("disclaimer")).isFalse();
    }

    private static JsonNode chat(String message) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("message", message)))).build();
        return JSON.readTree(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String base() {
        return "http://127.0.0.1:" + app.port();
    }
}
