package faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import faqbot.testing.TinyCorpus;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
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
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", withoutTestClasses(System.getProperty("java.class.path")), "faqbot.cli.Main", "serve",
                "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(), "--host", "127.0.0.1", "--port", "0")
                .redirectError(tmp.resolve("serve.err").toFile()).start();
        try {
            int port = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> waitUntilListening(serve));
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            serve.destroy(); // SIGTERM on Linux and macOS

            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped after draining").isTrue();
            assertThat(serve.exitValue()).isEqualTo(143);
            String log = Files.readString(tmp.resolve("serve.err"));
            assertThat(log).contains("\"event\":\"ready\"", "\"route\":\"/api/health\",\"status\":200", "\"event\":\"shutdown\"");
        } finally {
            serve.destroyForcibly();
        }
    }

    /** The class path as `java -jar` has it: without the tests' classes and their quiet logback-test.xml. */
    private static String withoutTestClasses(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The port from "faqbot is listening on http://localhost:PORT/". */
    private static int waitUntilListening(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("faqbot is listening on ")) {
                return Integer.parseInt(line.replaceAll(".*:(\\d+)/?$", "$1"));
            }
        }
        throw new AssertionError("serve ended before it listened");
    }
}
