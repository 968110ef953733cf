package faqbot.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import faqbot.app.Faqbot;
import faqbot.corpus.CorpusLoader;
import faqbot.dialog.DialogSettings;
import faqbot.index.BuildProgress;
import faqbot.index.IndexStore;
import faqbot.index.Manifest;
import faqbot.search.LiveIndex;
import faqbot.search.PassageIndex;
import faqbot.testing.Damage;
import faqbot.testing.TinyCorpus;
import faqbot.testing.UnwritableIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildsTest {

    @TempDir
    Path tmp;

    private Path corpus() {
        return TinyCorpus.write(tmp.resolve("corpus"));
    }

    private Builds builds(Path corpus) {
        return Faqbot.builds(corpus, tmp.resolve("index"));
    }

    private IndexStore store() {
        return new IndexStore(tmp.resolve("index"));
    }

    private static ReindexReport publish(Builds builds) throws Exception {
        return builds.publish(BuildProgress.NONE, Builds::closeQuietly);
    }

    /** Publishes after an edit that changes no passage (a blank line at the end of the article): a new generation. */
    private static ReindexReport publishEdited(Builds builds) throws Exception {
        Path article = builds.corpusDir().resolve("articles/knee.md");
        Files.writeString(article, Files.readString(article) + "\n");
        return publish(builds);
    }

    private static String servedBy(Faqbot faqbot) {
        return faqbot.index().use(idx -> idx.manifest().generation());
    }

    @Test
    void publishesAVerifiedGenerationAndReportsItsCounts() throws Exception {
        List<PassageIndex> served = new ArrayList<>();
        ReindexReport report = builds(corpus()).publish(BuildProgress.NONE, served::add);

        assertThat(report.status()).isEqualTo(ReindexReport.OK);
        assertThat(report.generation()).isEqualTo("gen-000001");
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.passages()).isEqualTo(6);
        assertThat(served).singleElement().satisfies(idx -> assertThat(idx.search("knee infection risk", 3).hits()).isNotEmpty());
        assertThat(store().current()).contains(tmp.resolve("index/gen-000001"));
        served.forEach(Builds::closeQuietly);
    }

    @Test
    void aBrokenFileBuildsNothingAndLeavesTheLiveGenerationAsItWas() throws Exception {
        Path corpus = corpus();
        Builds builds = builds(corpus);
        publish(builds);
        TinyCorpus.write(corpus, "faq/broken.csv", "question,answer,url\nQ?,,https://h.example\n");
        TinyCorpus.write(corpus, "articles/no-url.md", "---\ntitle: T\n---\n# T\n\nText.\n");

        ReindexReport report = publish(builds);

        assertThat(report.status()).isEqualTo(ReindexReport.INVALID);
        assertThat(report.errors()).containsExactly(
                "articles/no-url.md:1: error: front matter has no 'url' (add `url: ...` between the --- lines)",
                "faq/broken.csv:2: error: the entry has no answer");
        assertThat(report.message()).contains("2 errors", "unchanged (gen-000001)");
        assertThat(store().current()).contains(tmp.resolve("index/gen-000001"));
        assertThat(store().generations()).hasSize(1);
    }

    @Test
    void publishingAnUnchangedCorpusMakesNoNewGenerationAndSaysSo() throws Exception {
        Builds builds = builds(corpus());
        publish(builds);
        List<PassageIndex> served = new ArrayList<>();

        ReindexReport again = builds.publish(BuildProgress.NONE, served::add);

        assertThat(again.ok()).isTrue();
        assertThat(again.unchanged()).isTrue();
        assertThat(again.generation()).isEqualTo("gen-000001");
        assertThat(again.message()).isEqualTo("The corpus is unchanged since gen-000001 was built (" + Manifest.read(
                tmp.resolve("index/gen-000001")).builtAt() + "): no new generation was made; gen-000001 stays live.");
        assertThat(served).as("nothing to swap in").isEmpty();
        assertThat(store().generations()).hasSize(1);
    }

    @Test
    void aReindexOfTheCorpusARollbackWentBackToMakesNothingNewAndEndsThePin() throws Exception {
        Builds builds = builds(corpus());
        Path article = tmp.resolve("corpus/articles/knee.md");
        publish(builds);
        Files.writeString(article, TinyCorpus.ARTICLE + "\n## Sport\n\nGolf after three months.\n");
        publish(builds);
        builds.rollback(Builds::closeQuietly);
        Files.writeString(article, TinyCorpus.ARTICLE);

        ReindexReport report = publish(builds);

        assertThat(report.unchanged()).isTrue();
        assertThat(report.generation()).isEqualTo("gen-000001");
        assertThat(store().isPinned()).isFalse();
        assertThat(store().generations()).hasSize(2);
    }

    @Test
    void keepsTheLastThreeGenerationsAndRollsBackOneAtATime() throws Exception {
        Builds builds = builds(corpus());
        for (int i = 0; i < 5; i++) {
            assertThat(publishEdited(builds).ok()).isTrue();
        }
        assertThat(store().generations()).extracting(p -> p.getFileName().toString())
                .containsExactly("gen-000003", "gen-000004", "gen-000005");

        assertThat(builds.rollback(Builds::closeQuietly).generation()).isEqualTo("gen-000004");
        assertThat(builds.rollback(Builds::closeQuietly).generation()).isEqualTo("gen-000003");
        ReindexReport nothingLeft = builds.rollback(Builds::closeQuietly);

        assertThat(nothingLeft.status()).isEqualTo(ReindexReport.FAILED);
        assertThat(nothingLeft.message()).startsWith("There is no earlier generation to go back to.");
        assertThat(store().current()).contains(tmp.resolve("index/gen-000003"));
    }

    @Test
    void aRollbackSurvivesARestartUntilTheNextReindex() throws Exception {
        Path corpus = corpus();
        Builds builds = builds(corpus);
        publish(builds);
        publishEdited(builds);
        builds.rollback(Builds::closeQuietly);
        TinyCorpus.write(corpus, "articles/knee.md", TinyCorpus.ARTICLE + "\n## Sport\n\nGolf after three months.\n");

        assertThat(builds.ensureCurrent().getFileName()).hasToString("gen-000001");
        assertThat(publish(builds).generation()).isEqualTo("gen-000003");
        assertThat(store().isPinned()).isFalse();
    }

    @Test
    void aBuildKilledHalfwayLeavesTheLastGoodGenerationServedAndIsCleanedUp() throws Exception {
        Builds builds = builds(corpus());
        publish(builds);
        // What kill -9 during a build leaves: a generation without a manifest, half a Lucene index, a CURRENT.tmp.
        Path halfWritten = tmp.resolve("index/gen-000002");
        Files.createDirectories(halfWritten.resolve("lucene"));
        Files.writeString(halfWritten.resolve("lucene/_9.half"), "half a segment");
        Files.writeString(tmp.resolve("index/CURRENT.tmp"), "gen-000002\n");

        assertThat(store().current()).contains(tmp.resolve("index/gen-000001"));
        try (Faqbot restarted = Faqbot.open(tmp.resolve("corpus"), tmp.resolve("index"), DialogSettings.defaults())) {
            assertThat(servedBy(restarted)).isEqualTo("gen-000001");
        }

        assertThat(publishEdited(builds).generation()).isEqualTo("gen-000002");
        assertThat(Files.exists(halfWritten.resolve("lucene/_9.half"))).isFalse();
        assertThat(Files.exists(tmp.resolve("index/CURRENT.tmp"))).isFalse();
        assertThat(Manifest.read(halfWritten).passages()).isEqualTo(6);
    }

    @Test
    void aSecondBuildWhileOneRunsIsToldItIsAlreadyRunning() throws Exception {
        Builds builds = builds(corpus());
        Files.createDirectories(tmp.resolve("index"));
        try (BuildLock held = BuildLock.acquire(tmp.resolve("index"))) {
            assertThat(held).isNotNull();
            assertThatThrownBy(() -> publish(builds)).isInstanceOf(BuildRunningException.class)
                    .hasMessageStartingWith("A reindex is already running (started ");
        }
        assertThat(publish(builds).ok()).isTrue();
    }

    @Test
    void aServerStartsOnTheLastGoodIndexWhenTheCorpusWasBrokenSince() throws Exception {
        Path corpus = corpus();
        publish(builds(corpus));
        TinyCorpus.write(corpus, "faq/broken.csv", "question,answer\nQ?,A.\n");

        try (Faqbot faqbot = Faqbot.open(corpus, tmp.resolve("index"), DialogSettings.defaults())) {
            assertThat(servedBy(faqbot)).isEqualTo("gen-000001");
        }
    }

    @Test
    void aGenerationAKilledBuildLeftBeforeItsChecksIsNeverARollbackTarget() throws Exception {
        Path corpus = corpus();
        Builds builds = builds(corpus);
        publish(builds);
        publishEdited(builds);
        // kill -9 after the manifest was written, before the canary questions: complete, never verified
        store().build(CorpusLoader.standard().load(corpus), Faqbot.artifacts());
        publishEdited(builds);

        assertThat(store().previous()).contains(tmp.resolve("index/gen-000002"));
        assertThat(builds.rollback(Builds::closeQuietly).generation()).isEqualTo("gen-000002");
    }

    @Test
    void aDamagedRollbackTargetIsSkippedForTheNextGoodOneAndNoLongerOffered() throws Exception {
        Builds builds = builds(corpus());
        for (int i = 0; i < 3; i++) {
            publishEdited(builds);
        }
        Damage.flipBytesInTheLargestFileOf(tmp.resolve("index/gen-000002/lucene"));

        ReindexReport rollback = builds.rollback(Builds::closeQuietly);

        assertThat(rollback.generation()).isEqualTo("gen-000001");
        assertThat(rollback.message()).contains("Skipped, and no longer a rollback target: index generation gen-000002 cannot be served: "
                + "lucene/").contains("fails Lucene's checksum");
        publishEdited(builds);
        assertThat(store().rollbackTargets()).extracting(p -> p.getFileName().toString()).containsExactly("gen-000003");
    }

    @Test
    void aRollbackWithOnlyADamagedTargetSaysWhatIsWrongWithItNotThatTheDirectoryCouldNotBeWritten() throws Exception {
        Builds builds = builds(corpus());
        publish(builds);
        publishEdited(builds);
        Damage.flipBytesInTheLargestFileOf(tmp.resolve("index/gen-000001/lucene"));
        try (LiveIndex live = new LiveIndex(builds.open(tmp.resolve("index/gen-000002")))) {
            Publisher publisher = new Publisher(builds, live);

            ReindexReport rollback = publisher.rollback();

            assertThat(rollback.status()).isEqualTo(ReindexReport.FAILED);
            assertThat(rollback.message()).startsWith("There is no earlier generation to go back to. Skipped, and no longer a rollback "
                    + "target: index generation gen-000001 cannot be served: lucene/").doesNotContain("could not be written")
                    .endsWith("The live index is unchanged (gen-000002).");
            assertThat(publisher.status().get("rollbackTo")).isNull();
            assertThat(store().current()).contains(tmp.resolve("index/gen-000002"));
        }
    }

    @Test
    void aServerStartsOnItsLastGoodGenerationWhenTheIndexDirectoryCannotBeWrittenAndTheCorpusChanged() throws Exception {
        Path corpus = corpus();
        Faqbot.open(corpus, tmp.resolve("index"), DialogSettings.defaults()).close();
        TinyCorpus.write(corpus, "articles/knee.md", TinyCorpus.ARTICLE + "\n## Sport\n\nGolf after three months.\n");
        UnwritableIndex.make(tmp.resolve("index"));
        try (Faqbot faqbot = Faqbot.open(corpus, tmp.resolve("index"), DialogSettings.defaults())) {
            assertThat(servedBy(faqbot)).isEqualTo("gen-000001");
        } finally {
            UnwritableIndex.undo(tmp.resolve("index"));
        }
    }
}
