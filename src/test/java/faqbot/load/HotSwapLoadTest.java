package faqbot.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import faqbot.gaps.GapSettings;
import faqbot.http.AdminServices;
import faqbot.http.FaqbotApp;
import faqbot.testing.CorpusCopy;
import faqbot.testing.TinyCorpus;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero failed requests while the index is swapped: chat clients hammer a real server on loopback while reindexes run
 * through the admin API, each publishing a new generation with changed content. Bounded in time and in requests.
 *
 * <p>In the suite it runs small (tiny corpus, 3 reindexes). The figures in the README come from the full run:
 * {@code mvn -B -q test -Dtest=HotSwapLoadTest -Dfaqbot.load.reindexes=10 -Dfaqbot.load.corpus=corpus}
 */
class HotSwapLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "load-test-token";
    private static final List<String> MESSAGES = List.of(
            "Can I shower after surgery?", "when can I go back to work", "what is kyphoplasty", "how much does it cost",
            "is the balloon one covered by my insurance?", "what are the risks", "book me a taxi", "hello");
    private static final Duration MAX_DURATION = Duration.ofMinutes(10);
    private static final int MAX_REQUESTS = 500_000;

    @TempDir
    Path tmp;

    @Test
    void noChatRequestFailsWhileTheIndexIsRebuiltAndSwapped() throws Exception {
        int reindexes = Integer.getInteger("faqbot.load.reindexes", 3);
        int clients = Integer.getInteger("faqbot.load.clients", 4);
        Path corpus = corpus(System.getProperty("faqbot.load.corpus", ""));
        try (Faqbot faqbot = Faqbot.open(corpus, tmp.resolve("index"), DialogSettings.defaults(), GapSettings.off())) {
            Javalin app = FaqbotApp.create(faqbot.chat(), faqbot.index(), new AdminServices(TOKEN, faqbot.publisher(), faqbot.gaps()))
                    .start("127.0.0.1", 0);
            try {
                Result result = run("http://127.0.0.1:" + app.port(), corpus, reindexes, clients);
                System.out.println(result.summary());
                Files.writeString(Path.of("target", "hot-swap-load.txt"), result.summary() + "\n", StandardCharsets.UTF_8);
                assertThat(result.failures()).as(result.firstFailure()).isZero();
                assertThat(result.reindexesOk()).isEqualTo(reindexes);
                assertThat(result.generationsSeen()).hasSizeGreaterThanOrEqualTo(reindexes);
                assertThat(result.requests()).isPositive();
            } finally {
                app.stop();
            }
        }
    }

    private Result run(String base, Path corpus, int reindexes, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<String> failureSamples = Collections.synchronizedList(new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Set<String> generations = ConcurrentHashMap.newKeySet();
        long deadline = System.nanoTime() + MAX_DURATION.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                int i = client;
                while (!done.get() && System.nanoTime() < deadline && requests.get() < MAX_REQUESTS) {
                    String message = MESSAGES.get(i++ % MESSAGES.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(chat(base, message), HttpResponse.BodyHandlers.ofString());
                        JsonNode body = JSON.readTree(response.body());
                        if (response.statusCode() != 200 || !body.hasNonNull("type") || !body.hasNonNull("answer")) {
                            fail(failures, failureSamples, response.statusCode() + " " + response.body());
                        }
                    } catch (IOException | InterruptedException | RuntimeException e) {
                        fail(failures, failureSamples, e.toString());
                    }
                    latencies.add(System.nanoTime() - start);
                    requests.incrementAndGet();
                }
            }));
        }
        int ok = 0;
        long swapStart = System.nanoTime();
        for (int r = 1; r <= reindexes && System.nanoTime() < deadline; r++) {
            TinyCorpus.write(corpus, "faq/load-test.csv", "question,answer,url,id\nWhat is load test number " + r
                    + "?,This is revision " + r + " of the load-test entry.,https://hospital.example/load#r,load-test\n");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex"))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            ok += response.statusCode() == 200 && "ok".equals(body.path("status").asText()) ? 1 : 0;
            generations.add(body.path("generation").asText());
        }
        long swapMillis = (System.nanoTime() - swapStart) / 1_000_000;
        done.set(true);
        for (Future<?> f : running) {
            f.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new Result(requests.get(), failures.get(), failureSamples.isEmpty() ? "" : failureSamples.get(0), ok, reindexes,
                new HashSet<>(generations), clients, swapMillis, new ArrayList<>(latencies));
    }

    private static void fail(AtomicInteger failures, List<String> samples, String what) {
        failures.incrementAndGet();
        if (samples.size() < 5) {
            samples.add(what);
        }
    }

    private static HttpRequest chat(String base, String message) throws IOException {
        return HttpRequest.newBuilder(URI.create(base + "/api/chat")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("message", message)))).build();
    }

    /** A copy of the named corpus directory, or the tiny corpus. */
    private Path corpus(String source) throws IOException {
        Path target = tmp.resolve("corpus");
        if (source.isBlank()) {
            return TinyCorpus.write(target);
        }
        return CorpusCopy.of(Path.of(source).toAbsolutePath(), target, p -> true);
    }

    record Result(int requests, int failures, String firstFailure, int reindexesOk, int reindexes, Set<String> generationsSeen,
            int clients, long millis, List<Long> latencies) {

        String summary() {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return String.format("hot-swap load: %d clients, %d chat requests during %d of %d reindexes in %.1f s (%.0f req/s), "
                            + "%d failed; latency ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f",
                    clients, requests, reindexesOk, reindexes, millis / 1000.0, requests * 1000.0 / Math.max(1, millis), failures,
                    ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
        }

        private static double ms(List<Long> sorted, double q) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
            return sorted.get(Math.max(0, i)) / 1e6;
        }
    }
}
