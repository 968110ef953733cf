package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** `faqbot serve` in its own JVM, as `java -jar` runs it, on a random port: what it prints, its log, its HTTP API. */
final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final List<String> firstScreen = new ArrayList<>();
    private final int port;

    private ServeProcess(Process process, Path log) throws IOException {
        this.process = process;
        this.log = log;
        this.port = assertTimeoutPreemptively(Duration.ofSeconds(120), this::readUntilListening);
    }

    static ServeProcess start(Path corpus, Path index, Path log) throws IOException {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", withoutTestClasses(System.getProperty("java.class.path")), "faqbot.cli.Main", "serve",
                "--corpus", corpus.toString(), "--index", index.toString(), "--host", "127.0.0.1", "--port", "0")
                .redirectError(log.toFile()).start();
        try {
            return new ServeProcess(serve, log);
        } catch (IOException | RuntimeException | Error e) {
            serve.destroyForcibly();
            throw e;
        }
    }

    /** What serve printed up to and with "faqbot is listening on ...". */
    List<String> firstScreen() {
        return firstScreen;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM, as docker stop and kill send it; the exit code, or -1 if it did not stop within a minute. */
    int terminate() throws InterruptedException {
        process.destroy();
        return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** The port from "faqbot is listening on http://localhost:PORT/". */
    private int readUntilListening() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            firstScreen.add(line);
            if (line.startsWith("faqbot is listening on ")) {
                return Integer.parseInt(line.replaceAll(".*:(\\d+)/?$", "$1"));
            }
        }
        throw new AssertionError("serve ended before it listened: " + firstScreen);
    }

    /** The class path as `java -jar` has it: without the tests' classes and their quiet logback-test.xml. */
    private static String withoutTestClasses(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
