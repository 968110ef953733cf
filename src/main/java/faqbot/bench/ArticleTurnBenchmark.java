package faqbot.bench;

import faqbot.app.Faqbot;
import faqbot.dialog.ChatReply;
import faqbot.dialog.DialogSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One chat turn in process, on the bundled article: intent, retrieval, answer composition. SampleTime mode, so the
 * report has the mean and the percentiles. Run with {@code java -jar target/faqbot.jar bench turn}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class ArticleTurnBenchmark {

    /** Patient-style questions: answered, misspelled, lay words, off-topic and small talk. */
    static final String[] QUESTIONS = {
        "what is kyphoplasty?",
        "is the balloon one covered by my insurance?",
        "what stuff do they inject into the vertebra?",
        "how long is recovery after vertebroplasty",
        "kyphoplasti risks",
        "which one is safer for my mother, she is 82",
        "can the cement leak?",
        "how much does it cost",
        "what's the weather tomorrow",
        "thanks!",
        "does it help with pain from a broken back",
        "how tall will i be after the procedure",
    };

    @Param("corpus")
    public String corpus;

    private Path indexDir;
    private Faqbot faqbot;
    private String followUpToken;
    private int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        indexDir = Files.createTempDirectory("faqbot-bench-index");
        faqbot = Faqbot.open(Path.of(corpus), indexDir, DialogSettings.defaults());
        followUpToken = faqbot.chat().reply("what is kyphoplasty?", null).conversation();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        faqbot.close();
        try (Stream<Path> files = Files.walk(indexDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A first message, cycling through the questions. */
    @Benchmark
    public ChatReply firstTurn() {
        return faqbot.chat().reply(QUESTIONS[next++ % QUESTIONS.length], null);
    }

    /** A follow-up that leans on the conversation ("what are the risks?" after kyphoplasty). */
    @Benchmark
    public ChatReply followUpTurn() {
        return faqbot.chat().reply("what are the risks?", followUpToken);
    }
}
