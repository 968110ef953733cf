package faqbot.cli;

import faqbot.bench.AdversarialBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "adversarial", mixinStandardHelpOptions = true,
        description = {"Whole chat turns in process over messages made to be expensive (longest word, most words,",
            "repeated words, every script, digit runs): CPU and wall ms per turn, mean / p99 / max, per kind."})
final class AdversarialBenchCommand implements Callable<Integer> {

    /** No request may cost more than a few milliseconds of CPU (issue 15). */
    static final double GOAL_MILLIS = 5;

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--turns", defaultValue = "200", description = "Timed turns per kind (default: ${DEFAULT-VALUE}).")
    int turns;

    @Option(names = "--warmup", defaultValue = "100", description = "Untimed turns per kind first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--only", defaultValue = "", description = "Only the kinds whose name contains this.")
    String only;

    @Override
    public Integer call() throws Exception {
        double worst = new AdversarialBenchmark(corpus, turns, warmup, only).run(System.out);
        System.out.printf("goal: every turn under %.0f ms CPU: %s%n", GOAL_MILLIS, worst < GOAL_MILLIS ? "met" : "not met");
        return worst < GOAL_MILLIS ? 0 : 1;
    }
}
