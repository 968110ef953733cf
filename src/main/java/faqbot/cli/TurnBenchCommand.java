package faqbot.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "turn", mixinStandardHelpOptions = true,
        description = {"JMH benchmark of one chat turn in process (intent, retrieval, answer) on the corpus:",
            "mean and percentiles in SampleTime mode. The same as",
            "java -cp target/faqbot.jar org.openjdk.jmh.Main ArticleTurnBenchmark -p corpus=corpus"})
final class TurnBenchCommand implements Callable<Integer> {

    /** Issue 17's budget: a turn on the bundled corpus, query embedding included, in at most 15 ms, read as p99. */
    static final double GOAL_MICROS = 15_000;

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--forks", defaultValue = "1", description = "JMH forks (default: ${DEFAULT-VALUE}).")
    int forks;

    @Override
    public Integer call() throws Exception {
        Options options = new OptionsBuilder()
                .include("faqbot.bench.ArticleTurnBenchmark")
                .param("corpus", corpus.toAbsolutePath().toString())
                .forks(forks)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        boolean met = true;
        System.out.println();
        for (RunResult result : results) {
            Statistics s = result.getPrimaryResult().getStatistics();
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            met &= s.getPercentile(99) <= GOAL_MICROS;
            System.out.printf("%-14s mean %7.1f µs  p50 %7.1f µs  p99 %7.1f µs  p99.9 %7.1f µs  (n=%d; p99 at most %.0f µs: %s)%n",
                    name, s.getMean(), s.getPercentile(50), s.getPercentile(99), s.getPercentile(99.9), s.getN(), GOAL_MICROS,
                    verdict(s.getPercentile(99)));
        }
        return met ? 0 : 1;
    }

    private static String verdict(double micros) {
        return micros <= GOAL_MICROS ? "met" : "not met";
    }
}
