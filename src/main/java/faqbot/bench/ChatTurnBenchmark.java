package faqbot.bench;

import faqbot.app.Faqbot;
import faqbot.dialog.ChatReply;
import faqbot.dialog.DialogSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One chat turn in-process over a built index: the dev questions (rewritten MedQuAD questions: other names, typos,
 * chatty stories) one after the other, each a first turn. Run by `bench chat`.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChatTurnBenchmark {

    @Param("")
    public String corpus;

    @Param("")
    public String index;

    @Param("")
    public String medquad;

    private Faqbot faqbot;
    private List<String> questions;
    private int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        faqbot = Faqbot.open(Path.of(corpus), Path.of(index), DialogSettings.defaults());
        questions = new DevQuestionGenerator().generate(MedquadFile.read(Path.of(medquad)), 1000).stream().map(DevQuestion::text).toList();
    }

    @Benchmark
    public ChatReply turn() {
        String question = questions.get(next);
        next = (next + 1) % questions.size();
        return faqbot.chat().reply(question, null);
    }

    @TearDown(Level.Trial)
    public void close() {
        faqbot.close();
    }
}
