package faqbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.dialog.DialogSettings;
import faqbot.dialog.ReplyType;
import faqbot.testing.Damage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged index at start is rebuilt from the corpus, so the server that starts answers fully or not at all. */
class IndexFaultsTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path index;

    private Path generation;

    @BeforeEach
    void buildAnIndex() throws Exception {
        try (Faqbot faqbot = open()) {
            generation = faqbot.index().use(idx -> index.resolve(idx.manifest().generation()));
        }
    }

    @Test
    void aCorruptLuceneFileIsRebuilt() throws Exception {
        Damage.flipBytesInTheLargestFileOf(generation.resolve("lucene"));
        assertItAnswersFromANewGeneration();
    }

    @Test
    void missingLuceneFilesAreRebuilt() throws Exception {
        try (Stream<Path> files = Files.list(generation.resolve("lucene"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        assertItAnswersFromANewGeneration();
    }

    @Test
    void aMissingSegmentsFileIsRebuilt() throws Exception {
        try (Stream<Path> files = Files.list(generation.resolve("lucene"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(f);
            }
        }
        assertItAnswersFromANewGeneration();
    }

    @Test
    void aGarbledManifestIsRebuilt() throws Exception {
        Files.writeString(generation.resolve("manifest.json"), "{\"version\": ");
        assertItAnswersFromANewGeneration();
    }

    @Test
    void aMissingSynonymsFileIsRebuilt() throws Exception {
        Files.delete(generation.resolve("synonyms.txt"));
        assertItAnswersFromANewGeneration();
    }

    private void assertItAnswersFromANewGeneration() throws Exception {
        try (Faqbot faqbot = open()) {
            String served = faqbot.index().use(idx -> idx.manifest().generation());
            assertThat(served).isNotEqualTo(generation.getFileName().toString());
            assertThat(faqbot.chat().reply("what is kyphoplasty?", null).type()).isEqualTo(ReplyType.ANSWER);
        }
    }

    private Faqbot open() throws Exception {
        return Faqbot.open(CORPUS, index, DialogSettings.defaults());
    }
}
