package faqbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TinyCorpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTest {

    @TempDir
    Path corpus;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int eval() throws Exception {
        return new Eval(corpus).run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void allPassingConversationsExitZeroWithThePassRatePerFile() throws Exception {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "tests/knee.jsonl", """
                {"name": "shower", "turns": [{"message": "Can I shower after surgery?", "expect": {"type": "answer", "sections": ["shower"], "contains": "48 HOURS"}}]}
                {"name": "work", "turns": [{"message": "when can I go back to work", "expect": {"type": "answer|clarify", "sections": ["work"]}}]}
                {"name": "off-topic", "turns": [{"message": "book me a taxi to the airport", "expect": {"type": "fallback"}}]}
                """);

        assertThat(eval()).isZero();
        assertThat(out()).isEqualTo("""
                tests/knee.jsonl: 3 of 3 conversations passed (100.0%)
                All: 3 of 3 conversations passed (100.0%)
                """);
    }

    @Test
    void aFailureIsPrintedWithWhatWasExpectedAndWhatCameBackAndExitsOne() throws Exception {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "tests/a.jsonl", """
                {"name": "shower", "turns": [{"message": "Can I shower after surgery?", "expect": {"type": "answer", "sections": ["work"], "contains": "weeks"}}]}
                """);
        TinyCorpus.write(corpus, "tests/b.jsonl", """
                {"name": "work", "turns": [{"message": "when can I go back to work", "expect": {"type": "answer"}}]}
                """);

        assertThat(eval()).isEqualTo(1);
        assertThat(out()).isEqualTo("""
                FAIL tests/a.jsonl:1 shower, turn 1: "Can I shower after surgery?"
                     expected answer citing work containing "weeks"
                     got      answer (1.00) citing shower: "Yes after 48 hours if the wound is dry."
                     wrong:   cited shower; the answer does not contain "weeks"
                tests/a.jsonl: 0 of 1 conversations passed (0.0%)
                tests/b.jsonl: 1 of 1 conversations passed (100.0%)
                All: 1 of 2 conversations passed (50.0%); 1 turn failed.
                """);
    }

    @Test
    void aMinimumPassRateToleratesSomeFailures() throws Exception {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "tests/a.jsonl", """
                {"name": "wrong", "turns": [{"message": "Can I shower after surgery?", "expect": {"type": "fallback"}}]}
                {"name": "right", "turns": [{"message": "when can I go back to work", "expect": {"type": "answer"}}]}
                """);

        assertThat(new Eval(corpus).run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, 50.0)).isZero();
        assertThat(out()).endsWith("The pass rate 50.0% is at or above the required 50.0%.\n");
        assertThat(new Eval(corpus).run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, 60.0)).isEqualTo(1);
    }

    @Test
    void aBrokenTestFileIsReportedWithFileAndLineAndExitsTwo() throws Exception {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "tests/bad.jsonl", """
                {"name": "ok", "turns": [{"message": "hello", "expect": {"type": "smalltalk|fallback"}}]}
                {"name": "no turns"}
                {"name": "no expectation", "turns": [{"message": "hi"}]}
                """);

        assertThat(eval()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                tests/bad.jsonl:2: error: the conversation has no "turns": [{"message": ..., "expect": {...}}]
                tests/bad.jsonl:3: error: turn 1 expects nothing: give "expect": {"type", "sections" or "contains"}
                """);
    }

    @Test
    void runsOneFileOrADirectoryOfConversationsKeptOutsideTheCorpus() throws Exception {
        Path content = corpus.resolve("corpus");
        TinyCorpus.write(content);
        TinyCorpus.write(corpus, "sets/dev/a.jsonl", """
                {"name": "shower", "turns": [{"message": "Can I shower after surgery?", "expect": {"type": "answer", "sections": ["shower"]}}]}
                """);
        TinyCorpus.write(corpus, "sets/heldout/b.jsonl", """
                {"name": "work", "turns": [{"message": "when can I go back to work", "expect": {"type": "answer", "sections": ["shower"]}}]}
                """);
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertThat(new Eval(content, corpus.resolve("sets/dev")).run(printed, System.err)).isZero();
        assertThat(out()).endsWith("All: 1 of 1 conversations passed (100.0%)\n").contains("a.jsonl: 1 of 1").doesNotContain("b.jsonl");
        out.reset();
        assertThat(new Eval(content, corpus.resolve("sets/heldout/b.jsonl")).run(printed, System.err)).isEqualTo(1);
        assertThat(out()).contains("FAIL ").contains("b.jsonl:1 work").endsWith("All: 0 of 1 conversations passed (0.0%); 1 turn failed.\n");
    }
}
