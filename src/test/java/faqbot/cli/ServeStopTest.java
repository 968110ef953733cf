package faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import faqbot.testing.TinyCorpus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `faqbot serve` in its own JVM, stopped as docker stop and kill stop it: SIGTERM drains and exits 143. */
class ServeStopTest {

    @TempDir
    Path tmp;

    @Test
    void sigtermStopsTheServerWithExitCode143() throws Exception {
        Path corpus = TinyCorpus.write(tmp.resolve("corpus"));
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "faqbot.cli.Main", "serve",
                "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(), "--host", "127.0.0.1", "--port", "0")
                .redirectError(tmp.resolve("serve.err").toFile()).start();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> waitUntilListening(serve));

            serve.destroy(); // SIGTERM on Linux and macOS

            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped after draining").isTrue();
            assertThat(serve.exitValue()).isEqualTo(143);
        } finally {
            serve.destroyForcibly();
        }
    }

    private static void waitUntilListening(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("faqbot is listening on ")) {
                return;
            }
        }
        throw new AssertionError("serve ended before it listened");
    }
}
