package faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TinyCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `faqbot serve` in its own JVM, stopped as docker stop and kill stop it: SIGTERM drains, logs that it shuts down
 * with every access line written before, and exits 143.
 */
class ServeStopTest {

    @TempDir
    Path tmp;

    @Test
    void sigtermStopsTheServerWithExitCode143() throws Exception {
        Path corpus = TinyCorpus.write(tmp.resolve("corpus"));
        try (ServeProcess serve = ServeProcess.start(corpus, tmp.resolve("index"), tmp.resolve("serve.err"))) {
            assertThat(serve.get("/api/health").statusCode()).isEqualTo(200);

            assertThat(serve.terminate()).isEqualTo(143);

            assertThat(serve.log()).contains("\"event\":\"ready\"", "\"route\":\"/api/health\",\"status\":200", "\"event\":\"shutdown\"");
        }
    }
}
