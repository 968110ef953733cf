package faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.StandardStreams;
import faqbot.testing.TinyCorpus;
import faqbot.testing.UnwritableIndex;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reindex, validate and rollback as a content editor runs them: exit codes and messages. */
class ReindexCommandTest {

    @TempDir
    Path tmp;

    private StandardStreams console;

    @BeforeEach
    void capture() {
        console = StandardStreams.capture();
    }

    @AfterEach
    void restore() {
        console.close();
    }

    private int run(String... args) {
        return Main.commandLine().execute(args);
    }

    private String[] args(String command) {
        return new String[] {command, "--corpus", tmp.resolve("corpus").toString(), "--index", tmp.resolve("index").toString()};
    }

    @Test
    void aGoodCorpusIsPublishedWithASummaryAndExitZero() {
        TinyCorpus.write(tmp.resolve("corpus"));

        assertThat(run(args("reindex"))).isZero();
        assertThat(console.out()).contains("Published gen-000001: 2 documents, 6 passages.", "Checked in ");
    }

    @Test
    void anUnchangedCorpusIsNotPublishedAgainAndTheReindexSaysSo() {
        TinyCorpus.write(tmp.resolve("corpus"));
        run(args("reindex"));

        assertThat(run(args("reindex"))).isZero();
        assertThat(console.out()).contains("The corpus is unchanged since gen-000001 was built (",
                "): no new generation was made; gen-000001 stays live.");
        assertThat(tmp.resolve("index/gen-000002")).doesNotExist();
    }

    @Test
    void askAnswersFromTheLiveGenerationAndSaysWhich() {
        TinyCorpus.write(tmp.resolve("corpus"));
        run(args("reindex"));

        assertThat(run(ask("Can I shower after surgery?"))).isZero();
        assertThat(console.err()).contains("Answering from gen-000001, the live index in ");
        assertThat(console.out()).contains("\"type\" : \"answer\"");
    }

    @Test
    void askOnAChangedCorpusAnswersFromATemporaryIndexAndPublishesNothing() throws Exception {
        TinyCorpus.write(tmp.resolve("corpus"));
        run(args("reindex"));
        String live = Files.readString(tmp.resolve("index/CURRENT"));
        TinyCorpus.write(tmp.resolve("corpus"), "articles/knee.md", TinyCorpus.ARTICLE + "\n## Golf\n\nYou can play golf again three months after a knee replacement.\n");

        assertThat(run(ask("how long until I can play golf"))).isZero();
        assertThat(console.err()).contains("Answering from a temporary index built now from ", "nothing is published");
        assertThat(console.out()).contains("golf again three months");
        assertThat(Files.readString(tmp.resolve("index/CURRENT"))).isEqualTo(live);
        assertThat(tmp.resolve("index/gen-000002")).doesNotExist();
    }

    @Test
    void askWithNoIndexAtAllCreatesNone() {
        TinyCorpus.write(tmp.resolve("corpus"));

        assertThat(run(ask("Can I shower after surgery?"))).isZero();
        assertThat(tmp.resolve("index")).doesNotExist();
    }

    private String[] ask(String question) {
        return new String[] {"ask", "--corpus", tmp.resolve("corpus").toString(), "--index", tmp.resolve("index").toString(), question};
    }

    @Test
    void corpusErrorsArePrintedOnePerLineWithExitTwo() {
        TinyCorpus.write(tmp.resolve("corpus"));
        TinyCorpus.write(tmp.resolve("corpus"), "faq/bad.csv", "question,answer,url\nQ1?,,https://h.example\nQ2?,A2.\n");

        assertThat(run(args("reindex"))).isEqualTo(2);
        assertThat(console.err().lines()).containsExactly(
                "faq/bad.csv:2: error: the entry has no answer",
                "faq/bad.csv:3: error: this row has 2 columns but the header has 3 (question,answer,url); quote fields that contain commas",
                "The corpus has 2 errors; nothing was built. There is no live index yet.");
        assertThat(Files.exists(tmp.resolve("index/CURRENT"))).isFalse();
    }

    @Test
    void validateChecksWithoutBuilding() {
        TinyCorpus.write(tmp.resolve("corpus"));

        assertThat(run("validate", "--corpus", tmp.resolve("corpus").toString(), "--index", tmp.resolve("index").toString())).isZero();
        assertThat(console.out()).isEqualTo("The corpus is fine: 0 errors, 0 warnings.\n");
        assertThat(Files.exists(tmp.resolve("index"))).isFalse();
    }

    @Test
    void aSecondBuildIsToldOneIsRunningWithExitOne() throws Exception {
        TinyCorpus.write(tmp.resolve("corpus"));
        Files.createDirectories(tmp.resolve("index"));
        try (FileChannel channel = FileChannel.open(tmp.resolve("index/.build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            assertThat(lock.isValid()).isTrue();
            assertThat(run(args("reindex"))).isEqualTo(1);
        }
        assertThat(console.err()).startsWith("A reindex is already running");
    }

    @Test
    void rollbackGoesBackOneGenerationAndSaysWhenThereIsNone() {
        TinyCorpus.write(tmp.resolve("corpus"));
        run(args("reindex"));

        assertThat(run(args("rollback"))).isEqualTo(1);
        assertThat(console.err()).startsWith("There is no earlier generation to go back to.");
        TinyCorpus.write(tmp.resolve("corpus"), "articles/knee.md", TinyCorpus.ARTICLE + "\n## Sport\n\nGolf after three months.\n");
        run(args("reindex"));
        assertThat(run(args("rollback"))).isZero();
        assertThat(console.out()).contains("Rolled back to gen-000001");
    }

    @Test
    void aReindexThatCannotWriteTheIndexSaysSoInOneLineWithExitOne() throws Exception {
        TinyCorpus.write(tmp.resolve("corpus"));
        run(args("reindex"));
        UnwritableIndex.make(tmp.resolve("index"));
        try {
            assertThat(run(args("reindex"))).isEqualTo(1);
            assertThat(run(args("rollback"))).isEqualTo(1);
        } finally {
            UnwritableIndex.undo(tmp.resolve("index"));
        }
        assertThat(console.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .matches("faqbot (reindex|rollback): .*\\.build\\.lock.*"));
    }

    @Test
    void aFailureOfAnyCommandIsToldWithoutAStackTrace() {
        Path missing = tmp.resolve("no-such-corpus");

        assertThat(run("ask", "--corpus", missing.toString(), "--index", tmp.resolve("index").toString(), "what is it?")).isEqualTo(2);
        assertThat(console.err().lines()).containsExactly(missing + ": error: corpus directory not found",
                "faqbot ask: the corpus has 1 error; nothing was built.");
    }
}
