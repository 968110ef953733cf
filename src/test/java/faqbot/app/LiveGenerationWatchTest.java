package faqbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.cli.Main;
import faqbot.dialog.DialogSettings;
import faqbot.gaps.GapSettings;
import faqbot.http.FaqbotApp;
import faqbot.index.BuildProgress;
import faqbot.index.IndexStore;
import faqbot.publish.Builds;
import faqbot.publish.ReindexReport;
import faqbot.testing.Damage;
import faqbot.testing.TinyCorpus;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server follows its index directory: a generation another process makes live (another Builds, the CLI's
 * reindex and rollback) is swapped in without a restart, and /api/health says so; a damaged one is refused.
 */
class LiveGenerationWatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String GOLF = "\n## Golf\n\nYou can play golf again three months after a knee replacement.\n";

    @TempDir
    Path tmp;

    private Path corpus;
    private Path index;
    private Faqbot faqbot;
    private Javalin server;
    private LiveGenerationWatch watch;
    private final BlockingQueue<ReindexReport> followed = new LinkedBlockingQueue<>();

    @BeforeEach
    void startAServerThatWatches() throws Exception {
        corpus = TinyCorpus.write(tmp.resolve("corpus"));
        index = tmp.resolve("index");
        faqbot = Faqbot.open(corpus, index, DialogSettings.defaults(), GapSettings.off());
        server = FaqbotApp.create(faqbot.chat(), faqbot.index()).start("127.0.0.1", 0);
        watch = LiveGenerationWatch.start(faqbot.publisher(), Duration.ofMillis(20), followed::add);
    }

    @AfterEach
    void stop() {
        watch.close();
        server.stop();
        faqbot.close();
    }

    @Test
    void aGenerationPublishedByAnotherProcessIsServedWithoutARestart() throws Exception {
        TinyCorpus.write(corpus, "articles/knee.md", TinyCorpus.ARTICLE + GOLF);

        ReindexReport elsewhere = Faqbot.builds(corpus, index).publish(BuildProgress.NONE, Builds::closeQuietly);

        assertThat(elsewhere.generation()).isEqualTo("gen-000002");
        assertThat(next().status()).isEqualTo(ReindexReport.OK);
        assertThat(health().get("indexVersion").asText()).isEqualTo("gen-000002");
        assertThat(chat("how long until I can play golf")).isEqualTo("answer");
    }

    @Test
    void theCommandLinesReindexAndRollbackReachTheRunningServer() throws Exception {
        TinyCorpus.write(corpus, "articles/knee.md", TinyCorpus.ARTICLE + GOLF);

        assertThat(Main.commandLine().execute("reindex", "--corpus", corpus.toString(), "--index", index.toString())).isZero();
        assertThat(next().generation()).isEqualTo("gen-000002");
        assertThat(health().get("indexVersion").asText()).isEqualTo("gen-000002");

        assertThat(Main.commandLine().execute("rollback", "--corpus", corpus.toString(), "--index", index.toString())).isZero();
        assertThat(next().generation()).isEqualTo("gen-000001");
        assertThat(health().get("indexVersion").asText()).isEqualTo("gen-000001");
    }

    @Test
    void aDamagedGenerationMadeLiveElsewhereIsRefusedOnceAndTheServedOneStays() throws Exception {
        TinyCorpus.write(corpus, "articles/knee.md", TinyCorpus.ARTICLE + GOLF);
        Builds elsewhere = Faqbot.builds(corpus, index);
        elsewhere.publish(BuildProgress.NONE, Builds::closeQuietly);
        assertThat(next().generation()).isEqualTo("gen-000002");
        elsewhere.rollback(Builds::closeQuietly);
        assertThat(next().generation()).isEqualTo("gen-000001");
        Damage.flipBytesInTheLargestFileOf(index.resolve("gen-000002/lucene"));

        new IndexStore(index).activate(index.resolve("gen-000002")); // what a careless copy or a bad disk could leave

        ReindexReport refused = next();
        assertThat(refused.status()).isEqualTo(ReindexReport.FAILED);
        assertThat(refused.message()).startsWith("gen-000002 was made live by another process but is not served here: ")
                .endsWith("Still serving gen-000001.");
        assertThat(health().get("indexVersion").asText()).isEqualTo("gen-000001");
        assertThat(chat("Can I shower after surgery?")).isEqualTo("answer");
        assertThat(followed.poll(200, TimeUnit.MILLISECONDS)).as("told once, not at every look").isNull();
    }

    private ReindexReport next() throws InterruptedException {
        ReindexReport report = followed.poll(30, TimeUnit.SECONDS);
        assertThat(report).as("the server noticed the live generation within 30 s").isNotNull();
        return report;
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(CLIENT.send(HttpRequest.newBuilder(URI.create(base() + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private String chat(String message) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("message", message).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("type").asText();
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }
}
