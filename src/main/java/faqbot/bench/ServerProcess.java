package faqbot.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** `faqbot serve` in its own JVM, as in production: started from this very jar, with its own heap limit. */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServerProcess start(Path corpus, Path index, String heap, List<String> jvmOptions, Path log) throws IOException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", ownJar(), "serve", "--built-index",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--corpus", corpus.toString(), "--index", index.toString(),
                "--rate-limit", "0")); // capacity is measured, so the per-client limit (one client here) is off
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("FAQBOT_CONVERSATION_SECRET", "bench-secret-shared-by-every-replica");
        return new ServerProcess(builder.start(), port);
    }

    /** Milliseconds from the given start until GET /api/ready answers 200: listening, index open, models loaded. */
    long awaitReady(long startNanos) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(base() + "/api/ready")).build();
        while (process.isAlive()) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the server exited with " + process.exitValue() + " before it was ready");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String ownJar() {
        try {
            return Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate faqbot.jar", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping anyway; the caller sees the flag
        }
    }
}
