package faqbot.bench;

import faqbot.app.Faqbot;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The `bench serve` run over MedQuAD as an FAQ sheet: builds the index if needed, starts `serve --built-index` in its
 * own JVM and measures start to ready, heap after warm-up, the saturation throughput of GET /api/search, then its
 * latency at half that rate and the heap meanwhile.
 */
public final class ServeRun {

    private final Path medquad;
    private final Path work;
    private final String heap;
    private final Duration phase;
    private final int clients;
    private final List<String> jvmOptions;

    public ServeRun(Path medquad, Path work, String heap, Duration phase, int clients, List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.medquad = medquad;
        this.work = work;
        this.heap = heap;
        this.phase = phase;
        this.clients = clients;
    }

    public int run(PrintStream out) throws Exception {
        Path corpus = MedquadCorpus.create(medquad, Files.createDirectories(work), Path.of("corpus"));
        Path index = work.resolve("index");
        Faqbot.indexer(corpus, index).ensureCurrent();
        List<URI> searches = searchUris(new DevQuestionGenerator().generate(MedquadFile.read(medquad), 1000));
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(corpus, index, heap, jvmOptions, work.resolve("serve.log"))) {
            out.printf("start to ready (JVM start, open index, models, HTTP; JVM options %s): %d ms%n", jvmOptions, server.awaitReady(start));
            HttpLoad load = new HttpLoad(searchUris(server.base(), searches), httpThreads);
            load.closedLoop(clients, phase, new Latencies());
            try (HeapProbe heapProbe = new HeapProbe(server.pid())) {
                out.printf("heap after warm-up (%ds closed loop), live after full GC: %.1f MiB (-Xmx%s)%n",
                        phase.toSeconds(), heapProbe.liveMiBAfterFullGc(), heap);
                Latencies saturated = new Latencies();
                double capacity = load.closedLoop(clients, phase, saturated);
                out.printf("saturation, %d clients back to back: %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d%n",
                        clients, capacity, saturated.percentileMillis(50), saturated.percentileMillis(99), saturated.errors());
                heapProbe.startSampling();
                Latencies half = new Latencies();
                load.openLoop(capacity / 2, phase, half);
                out.printf("GET /api/search at 50%% of saturation (%.0f req/s, %ds open loop): n=%d p50 %.2f ms, p90 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms, errors %d%n", capacity / 2, phase.toSeconds(), half.count(),
                        half.percentileMillis(50), half.percentileMillis(90), half.percentileMillis(99), half.percentileMillis(100), half.errors());
                out.printf("heap under that load (jstat every 0.5 s, includes uncollected garbage): mean %.1f MiB, peak %.1f MiB%n",
                        heapProbe.meanMiB(), heapProbe.peakMiB());
                out.printf("heap after the load, live after full GC: %.1f MiB%n", heapProbe.liveMiBAfterFullGc());
            }
        } finally {
            httpThreads.shutdownNow();
        }
        out.println(MedquadFile.ATTRIBUTION);
        return 0;
    }

    private static List<URI> searchUris(List<DevQuestion> questions) {
        return questions.stream().map(q -> URI.create("/api/search?k=10&q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8))).toList();
    }

    private static List<URI> searchUris(String base, List<URI> paths) {
        return paths.stream().map(p -> URI.create(base + p)).toList();
    }
}
