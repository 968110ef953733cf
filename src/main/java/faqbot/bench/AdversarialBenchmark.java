package faqbot.bench;

import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import faqbot.gaps.GapSettings;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whole chat turns in process over {@link AdversarialMessages}, each kind timed on its own: the CPU time of the
 * thread answering (what a request takes from everyone else) and the wall time, mean / p99 / max in milliseconds.
 */
public final class AdversarialBenchmark {

    private final Path corpus;
    private final int turns;
    private final int warmupTurns;
    /** Only the kinds whose name contains this (empty: all). */
    private final String only;

    public AdversarialBenchmark(Path corpus, int turns, int warmupTurns, String only) {
        this.corpus = corpus;
        this.turns = turns;
        this.warmupTurns = warmupTurns;
        this.only = only;
    }

    /** Prints one line per kind; returns the worst CPU time of any turn, in milliseconds. */
    public double run(PrintStream out) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path indexDir = Files.createTempDirectory("faqbot-adversarial-index");
        double worst = 0;
        try (Faqbot faqbot = Faqbot.open(corpus, indexDir, DialogSettings.defaults(), GapSettings.off())) {
            Map<String, List<String>> kinds = AdversarialMessages.byKind();
            kinds.keySet().removeIf(kind -> !kind.contains(only));
            for (List<String> messages : kinds.values()) {
                for (int i = 0; i < warmupTurns; i++) {
                    faqbot.chat().reply(messages.get(i % messages.size()), null);
                }
            }
            out.printf("%-28s %5s  %26s  %26s%n", "kind", "turns", "CPU ms: mean / p99 / max", "wall ms: mean / p99 / max");
            for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
                long[] cpu = new long[turns];
                long[] wall = new long[turns];
                for (int i = 0; i < turns; i++) {
                    String message = kind.getValue().get(i % kind.getValue().size());
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long wallStart = System.nanoTime();
                    faqbot.chat().reply(message, null);
                    wall[i] = System.nanoTime() - wallStart;
                    cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                }
                out.printf("%-28s %5d  %26s  %26s%n", kind.getKey(), turns, summary(cpu), summary(wall));
                worst = Math.max(worst, max(cpu) / 1e6);
            }
        } finally {
            deleteTree(indexDir);
        }
        out.printf("worst turn: %.2f ms CPU%n", worst);
        return worst;
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        double p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)] / 1e6;
        return String.format("%7.2f / %7.2f / %7.2f", mean, p99, sorted[sorted.length - 1] / 1e6);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static long max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0);
    }
}
