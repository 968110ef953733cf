package faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.testing.StandardStreams;
import faqbot.testing.TinyCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started on a corpus that has errors since its index was built serves that index, and says so where an
 * operator looks: on its first screen and in /api/ready, not only in a log line.
 */
class ServeOnACorpusWithErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void theErrorsAreOnTheFirstScreenAndInReadinessWhileTheOldIndexServes() throws Exception {
        Path corpus = TinyCorpus.write(tmp.resolve("corpus"));
        try (StandardStreams console = StandardStreams.capture()) {
            assertThat(Main.commandLine().execute("reindex", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString()))
                    .isZero();
            assertThat(console.out() + console.err()).contains("gen-000001");
        }
        TinyCorpus.write(corpus, "faq/new.csv", "question,answer,url\nWhen can I drive?,,https://hospital.example/drive\n");

        try (ServeProcess serve = ServeProcess.start(corpus, tmp.resolve("index"), tmp.resolve("serve.err"))) {
            assertThat(serve.firstScreen()).noneMatch(line -> line.startsWith("Built ")).contains(
                    "Nothing was built; gen-000001, built before, serves.",
                    "The corpus has 1 error, so gen-000001, built before it, is served; fix it, then run reindex:",
                    "  faq/new.csv:2: error: the entry has no answer");
            JsonNode ready = new ObjectMapper().readTree(serve.get("/api/ready").body());
            assertThat(ready.get("status").asText()).isEqualTo("ready");
            assertThat(ready.get("corpusErrors").asInt()).isEqualTo(1);
            assertThat(ready.get("message").asText()).isEqualTo(
                    "The corpus has 1 error, so gen-000001, built before it, is served; fix it, then run reindex.");
            assertThat(serve.terminate()).isEqualTo(143);
        }
    }
}
