package faqbot.bench;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** A faqbot server in its own JVM on a free loopback port, so the load generator does not share its heap or GC. */
public final class SpawnedServer implements Closeable, LoadHarness.ServerProbe {

    private final Process process;
    private final int port;

    private SpawnedServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code faqbot serve} from this JVM's class path with the given extra options, and waits until it is ready. */
    public static SpawnedServer start(List<String> serveOptions, String heap, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), "faqbot.cli.Main", "serve",
                "--host", "127.0.0.1", "--port", Integer.toString(port)));
        command.addAll(serveOptions);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SpawnedServer server = new SpawnedServer(process, port);
        server.awaitReady();
        return server;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    public long pid() {
        return process.pid();
    }

    /** Memory now: resident set and heap in use (from the server's own /metrics). */
    @Override
    public String describe() {
        return "rss " + residentMiB() + " MiB, heap used " + heapUsedMiB() + " MiB";
    }

    /** The server process's processor time so far, as the operating system reports it. */
    @Override
    public OptionalLong cpuNanos() {
        return process.info().totalCpuDuration().map(d -> OptionalLong.of(d.toNanos())).orElse(OptionalLong.empty());
    }

    private long heapUsedMiB() {
        try {
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double bytes = metrics.body().lines()
                    .filter(l -> l.startsWith("faqbot_jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            return Math.round(bytes / (1024 * 1024));
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Resident memory of the server process in MiB, from /proc (Linux); -1 where unknown. */
    private long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        byte[] ready = ("GET /api/ready HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + " before it was ready");
            }
            try (RawHttpConnection c = new RawHttpConnection(address())) {
                if (c.exchange(ready) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IOException("the server was not ready within 120 s");
    }

    /** SIGTERM, as an orchestrator would stop it; it drains and exits. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
