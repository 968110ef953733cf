package faqbot.http;

import faqbot.testing.Servers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import faqbot.gaps.GapSettings;
import faqbot.testing.TinyCorpus;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin API on a real server over a tiny corpus: token checks, reindex with hot swap, status, rollback, gaps. */
class AdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String TOKEN = "s3cret-admin-token";

    @TempDir
    Path tmp;

    private Path corpus;
    private Faqbot faqbot;
    private Javalin app;
    private String base;

    @BeforeEach
    void start() throws Exception {
        corpus = TinyCorpus.write(tmp.resolve("corpus"));
        GapSettings gaps = new GapSettings(true, 30, 100, tmp.resolve("gaps.json"));
        faqbot = Faqbot.open(corpus, tmp.resolve("index"), DialogSettings.defaults(), gaps);
        app = FaqbotApp.create(faqbot.chat(), faqbot.index(), new AdminServices(TOKEN, faqbot.publisher(), faqbot.gaps()))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        Servers.stop(app);
        faqbot.close();
    }

    @Test
    void withoutATokenTheAnswerIs401AndWithAWrongOne403() throws Exception {
        HttpResponse<String> none = send("POST", "/api/admin/reindex", null);
        HttpResponse<String> wrong = send("POST", "/api/admin/reindex", "Bearer not-it");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(JSON.readTree(none.body()).at("/error/code").asText()).isEqualTo("unauthorized");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(wrong.body()).at("/error/message").asText()).isEqualTo("The admin token is not right.");
    }

    @Test
    void withNoTokenConfiguredTheAdminApiIsNotThere() throws Exception {
        Javalin plain = FaqbotApp.create(faqbot.chat(), faqbot.index(), new AdminServices("", faqbot.publisher(), faqbot.gaps()))
                .start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plain.port() + "/api/admin/status"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
        } finally {
            plain.stop();
        }
    }

    @Test
    void aReindexSwapsInTheNewContentWhileServing() throws Exception {
        assertThat(chat("how long until I can play golf")).isEqualTo("fallback");
        TinyCorpus.write(corpus, "articles/knee.md", TinyCorpus.ARTICLE + "\n## Golf\n\nYou can play golf again three months after a knee replacement.\n");

        HttpResponse<String> response = send("POST", "/api/admin/reindex", "Bearer " + TOKEN);
        JsonNode body = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("generation").asText()).isEqualTo("gen-000002");
        assertThat(body.get("passages").asInt()).isEqualTo(7);
        assertThat(body.at("/millis/total").asLong()).isPositive();
        assertThat(chat("how long until I can play golf")).isEqualTo("answer");
        JsonNode status = JSON.readTree(send("GET", "/api/admin/status", "Bearer " + TOKEN).body());
        assertThat(status.get("generation").asText()).isEqualTo("gen-000002");
        assertThat(status.get("rollbackTo").asText()).isEqualTo("gen-000001");
        assertThat(status.at("/lastReindex/status").asText()).isEqualTo("ok");
    }

    @Test
    void aBrokenFileIsRejectedWith422NamingItAndTheLiveIndexKeepsAnswering() throws Exception {
        TinyCorpus.write(corpus, "faq/new.csv", "question,answer,url\n\"Unclosed quote,A.,https://h.example/x\n");

        HttpResponse<String> response = send("POST", "/api/admin/reindex", "Bearer " + TOKEN);
        JsonNode body = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body.at("/error/code").asText()).isEqualTo("invalid_content");
        assertThat(body.at("/result/errors/0").asText()).startsWith("faq/new.csv:2: error: malformed CSV (Missing closing quote for value, noticed on line 3)");
        assertThat(body.at("/error/message").asText()).contains("The live index is unchanged (gen-000001)");
        assertThat(chat("Can I shower after surgery?")).isEqualTo("answer");
        JsonNode status = JSON.readTree(send("GET", "/api/admin/status", "Bearer " + TOKEN).body());
        assertThat(status.get("generation").asText()).isEqualTo("gen-000001");
        assertThat(status.at("/lastReindex/status").asText()).isEqualTo("invalid");
    }

    @Test
    void aRollbackGoesBackOneGeneration() throws Exception {
        TinyCorpus.write(corpus, "articles/knee.md", TinyCorpus.ARTICLE + "\n## Golf\n\nGolf after three months.\n");
        send("POST", "/api/admin/reindex", "Bearer " + TOKEN);

        HttpResponse<String> response = send("POST", "/api/admin/rollback", "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("generation").asText()).isEqualTo("gen-000001");
        assertThat(JSON.readTree(send("GET", "/api/health", null).body()).get("indexVersion").asText()).isEqualTo("gen-000001");
    }

    @Test
    void aSecondBuildWhileOneRunsGets409() throws Exception {
        Path lockFile = tmp.resolve("index/.build.lock");
        try (var channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            assertThat(lock.isValid()).isTrue();
            HttpResponse<String> response = send("POST", "/api/admin/reindex", "Bearer " + TOKEN);
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(response.body()).at("/error/message").asText()).startsWith("A reindex is already running");
        }
    }

    @Test
    void unansweredQuestionsAreListedScrubbedCountedAndOnce() throws Exception {
        chat("Can my neighbour Jonathan borrow my parking card 4451?");
        chat("can my neighbour Jonathan borrow my parking card 7720");
        assertThat(chat("Can I shower after surgery?")).isEqualTo("answer");

        JsonNode body = JSON.readTree(send("GET", "/api/admin/gaps", "Bearer " + TOKEN).body());

        assertThat(body.get("enabled").asBoolean()).isTrue();
        assertThat(body.get("gaps")).hasSize(1);
        assertThat(body.at("/gaps/0/question").asText()).isEqualTo("can my neighbour [name] borrow my parking card [number]");
        assertThat(body.at("/gaps/0/count").asInt()).isEqualTo(2);
        assertThat(Files.exists(tmp.resolve("gaps.json"))).isTrue();
    }

    private String chat(String message) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("message", message)))).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("type").asText();
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
