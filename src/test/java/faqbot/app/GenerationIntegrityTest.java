package faqbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import faqbot.dialog.ChatReply;
import faqbot.dialog.DialogSettings;
import faqbot.dialog.ReplyType;
import faqbot.index.IndexStore;
import faqbot.publish.ReindexReport;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generation missing, or holding a damaged copy of, anything its pipeline needs (the intent model, the small talk,
 * the red flags) is never served: a replica refuses to start on it, a server rebuilds it, a rollback skips it. What an
 * operator does by hand to a generation, done here to the live one of the shipped corpus.
 */
class GenerationIntegrityTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final String SECRET = "a-secret-the-replicas-share";

    @TempDir
    static Path built;

    @TempDir
    Path index;

    private Path live;

    @BeforeAll
    static void buildTheShippedCorpusOnce() throws Exception {
        Faqbot.open(CORPUS, built.resolve("index"), DialogSettings.defaults()).close();
    }

    @BeforeEach
    void copyTheBuiltIndex() throws IOException {
        copy(built.resolve("index"), index);
        live = new IndexStore(index).current().orElseThrow();
    }

    @Test
    void aReplicaRefusesAGenerationWithoutItsIntentModelNamingIt() throws Exception {
        Files.delete(live.resolve("intent-model.bin"));

        assertThatThrownBy(this::openAsReplica).hasMessage(
                "index generation gen-000001 cannot be served: intent-model.bin is missing (its manifest lists it)");
    }

    @Test
    void aReplicaRefusesAGenerationWithoutItsSmallTalk() throws Exception {
        Files.delete(live.resolve("smalltalk.yaml"));

        assertThatThrownBy(this::openAsReplica).hasMessage(
                "index generation gen-000001 cannot be served: smalltalk.yaml is missing (its manifest lists it)");
    }

    @Test
    void aReplicaRefusesAGenerationWithoutItsRedFlags() throws Exception {
        Files.delete(live.resolve("redflags.txt"));

        assertThatThrownBy(this::openAsReplica).hasMessageContaining("gen-000001").hasMessageContaining("redflags.txt is missing");
    }

    @Test
    void aReplicaRefusesATruncatedIntentModel() throws Exception {
        Path model = live.resolve("intent-model.bin");
        try (RandomAccessFile f = new RandomAccessFile(model.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }

        assertThatThrownBy(this::openAsReplica).hasMessageStartingWith("index generation gen-000001 cannot be served: intent-model.bin is ")
                .hasMessageContaining("(truncated or changed since the build)");
    }

    @Test
    void aReplicaRefusesSmallTalkEditedToLoseItsUrgentReplies() throws Exception {
        Path yaml = live.resolve("smalltalk.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        String withoutUrgent = text.substring(0, text.indexOf("urgent:"));
        // the same length, so only the checksum can tell
        Files.writeString(yaml, withoutUrgent + "#".repeat(text.length() - withoutUrgent.length()), StandardCharsets.UTF_8);

        assertThatThrownBy(this::openAsReplica).hasMessage("index generation gen-000001 cannot be served: "
                + "smalltalk.yaml does not match the checksum in its manifest (damaged or changed since the build)");
    }

    @Test
    void aServerRebuildsAGenerationWithoutItsIntentModelAndAnswersACrisisWithACrisisLine() throws Exception {
        Files.delete(live.resolve("intent-model.bin"));

        try (Faqbot faqbot = Faqbot.open(CORPUS, index, DialogSettings.defaults())) {
            ChatReply crisis = faqbot.chat().reply("i want to kill myself", null);

            assertThat(servedBy(faqbot)).isEqualTo("gen-000002");
            assertThat(crisis.type()).isEqualTo(ReplyType.URGENT);
            assertThat(crisis.answer()).contains("988", "crisis line");
            assertThat(faqbot.chat().reply("i cant feel my legs", null).type()).isEqualTo(ReplyType.URGENT);
            assertThat(faqbot.publisher().status().get("rollbackTo")).isNull();
        }
    }

    @Test
    void aRollbackToAGenerationMissingItsIntentModelIsRefusedSayingWhyAndItIsNoLongerTheTarget() throws Exception {
        Path corpus = copyOfTheCorpus(index.resolveSibling(index.getFileName() + "-corpus"));
        try (Faqbot faqbot = Faqbot.open(corpus, index, DialogSettings.defaults())) {
            Path article = corpus.resolve("articles/kyphoplasty-vs-vertebroplasty.md");
            Files.writeString(article, Files.readString(article) + "\n"); // an edit, so the reindex makes a generation
            assertThat(faqbot.publisher().reindex().generation()).isEqualTo("gen-000002");
            Files.delete(live.resolve("intent-model.bin"));

            ReindexReport rollback = faqbot.publisher().rollback();

            assertThat(rollback.status()).isEqualTo(ReindexReport.FAILED);
            assertThat(rollback.message()).contains("gen-000001 cannot be served: intent-model.bin is missing")
                    .contains("The live index is unchanged (gen-000002)").doesNotContain("could not be written");
            assertThat(servedBy(faqbot)).isEqualTo("gen-000002");
            assertThat(faqbot.publisher().status().get("rollbackTo")).isNull();
            assertThat(faqbot.chat().reply("i want to kill myself", null).type()).isEqualTo(ReplyType.URGENT);
        }
    }

    /** The shipped corpus copied: the same checksum, so the built index is current for it. */
    private static Path copyOfTheCorpus(Path target) throws IOException {
        return copy(CORPUS, target);
    }

    private static Path copy(Path from, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }

    private static String servedBy(Faqbot faqbot) {
        return faqbot.index().use(idx -> idx.manifest().generation());
    }

    private Faqbot openAsReplica() throws Exception {
        return Faqbot.openBuilt(index.resolve("no-corpus-on-replicas"), index, DialogSettings.defaults(), SECRET);
    }
}
