package faqbot.bench;

import faqbot.app.Faqbot;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.profile.StackProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/** The `bench chat` run: builds the MedQuAD index if needed, then JMH (SampleTime) over one chat turn. */
public final class ChatTurnRun {

    private final Path medquad;
    private final Path work;
    private final String heap;
    private final boolean profile;

    public ChatTurnRun(Path medquad, Path work, String heap, boolean profile) {
        this.medquad = medquad;
        this.work = work;
        this.heap = heap;
        this.profile = profile;
    }

    public int run(PrintStream out) throws Exception {
        Path dir = Files.createDirectories(work);
        Path corpus = MedquadCorpus.create(medquad, dir, Path.of("corpus"));
        Path index = dir.resolve("index");
        Faqbot.indexer(corpus, index).ensureCurrent();
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include(ChatTurnBenchmark.class.getName())
                .param("corpus", corpus.toString())
                .param("index", index.toString())
                .param("medquad", medquad.toAbsolutePath().toString())
                .forks(1)
                .jvmArgs("-Xmx" + heap, "-Xms" + heap)
                .warmupIterations(3).warmupTime(TimeValue.seconds(5))
                .measurementIterations(5).measurementTime(TimeValue.seconds(5));
        if (profile) {
            builder.addProfiler(StackProfiler.class, "lines=12;top=25;detailLine=false");
        }
        Options options = builder.build();
        for (RunResult result : new Runner(options).run()) {
            Result<?> primary = result.getPrimaryResult();
            Statistics s = primary.getStatistics();
            out.printf("chat turn over %s (-Xmx%s): n=%d mean=%.1f p50=%.1f p90=%.1f p99=%.1f p99.9=%.1f max=%.1f %s%n",
                    medquad.getFileName(), heap, s.getN(), s.getMean(), s.getPercentile(50), s.getPercentile(90),
                    s.getPercentile(99), s.getPercentile(99.9), s.getMax(), primary.getScoreUnit());
        }
        out.println(MedquadFile.ATTRIBUTION);
        return 0;
    }
}
