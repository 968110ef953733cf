package faqbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.corpus.Corpus;
import faqbot.corpus.CorpusLoader;
import faqbot.testing.TinyCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage's files are required of every generation it wrote them into, by their checksums in the manifest; a stage
 * that needs a file in every generation whatever the corpus (vectors, say) says so with one method.
 */
class GenerationCheckTest {

    /** A stage writing its vectors and the id of the model that made them: what a later stage might add. */
    private static final GenerationArtifact VECTORS = new GenerationArtifact() {
        @Override
        public void build(Corpus corpus, Path generationDir) throws Exception {
            Files.writeString(generationDir.resolve("vectors.bin"), "0.1 0.2 0.3", StandardCharsets.UTF_8);
            Files.writeString(generationDir.resolve("embedding-model.txt"), "model-a", StandardCharsets.UTF_8);
        }

        @Override
        public List<String> requiredFiles() {
            return List.of("vectors.bin", "embedding-model.txt");
        }
    };

    @TempDir
    Path tmp;

    private Corpus corpus;
    private IndexStore store;

    @BeforeEach
    void aTinyCorpus() throws Exception {
        corpus = CorpusLoader.standard().load(TinyCorpus.write(tmp.resolve("corpus")));
        store = new IndexStore(tmp.resolve("index"));
    }

    @Test
    void everyFileAStageWroteIsListedWithItsChecksumAndPassesUntouched() throws Exception {
        Path generation = store.build(corpus, List.of(VECTORS));

        assertThat(Manifest.read(generation).files()).containsKeys("vectors.bin", "embedding-model.txt", "lucene/segments_1");
        assertThat(Manifest.read(generation).files().get("vectors.bin").sha256()).hasSize(64);
        assertThat(GenerationCheck.check(generation, VECTORS.requiredFiles()).generation()).isEqualTo("gen-000001");
    }

    @Test
    void aStageFileChangedInPlaceIsCaughtByItsChecksum() throws Exception {
        Path generation = store.build(corpus, List.of(VECTORS));
        Files.writeString(generation.resolve("embedding-model.txt"), "model-b", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> GenerationCheck.check(generation, List.of())).isInstanceOf(UnusableGenerationException.class)
                .hasMessage("index generation gen-000001 cannot be served: embedding-model.txt does not match the checksum in its "
                        + "manifest (damaged or changed since the build)");
    }

    @Test
    void aGenerationBuiltBeforeAStageThatEveryGenerationNeedsIsRefused() throws Exception {
        Path generation = store.build(corpus, List.of());

        assertThatThrownBy(() -> GenerationCheck.check(generation, VECTORS.requiredFiles()))
                .hasMessage("index generation gen-000001 cannot be served: vectors.bin is missing (every generation needs it; run reindex)");
    }

    @Test
    void aBuildWhoseStageDidNotWriteAFileEveryGenerationNeedsFails() {
        GenerationArtifact forgetful = new GenerationArtifact() {
            @Override
            public void build(Corpus corpus, Path generationDir) {
                // writes nothing
            }

            @Override
            public List<String> requiredFiles() {
                return List.of("vectors.bin");
            }
        };

        assertThatThrownBy(() -> store.build(corpus, List.of(forgetful))).hasMessageEndingWith("wrote no vectors.bin, which every generation needs");
    }

    @Test
    void aGenerationWhosePassagesWereEmbeddedByAnotherModelIsRefused() throws Exception {
        Path generation = store.build(corpus, List.of());
        store.activate(generation);
        assertThat(store.isCurrentFor(corpus.checksum())).isTrue();
        rewriteManifest(generation, "\"embeddingModel\" : \"" + faqbot.semantic.Embedder.MODEL + "\"", "\"embeddingModel\" : \"model-b\"");

        assertThatThrownBy(() -> GenerationCheck.check(generation, List.of()))
                .hasMessage("index generation gen-000001 cannot be served: its passage vectors were made by model-b (384 dimensions) and "
                        + "this faqbot embeds questions with " + faqbot.semantic.Embedder.MODEL + " (384 dimensions); run reindex");
        assertThat(store.isCurrentFor(corpus.checksum())).as("a stale model makes the generation stale").isFalse();
    }

    @Test
    void aGenerationWhoseManifestNamesNoEmbeddingModelIsRefused() throws Exception {
        Path generation = store.build(corpus, List.of());
        rewriteManifest(generation, "\"embeddingModel\" : \"" + faqbot.semantic.Embedder.MODEL + "\"", "\"embeddingModel\" : null");

        assertThatThrownBy(() -> GenerationCheck.check(generation, List.of()))
                .hasMessage("index generation gen-000001 cannot be served: its manifest names no embedding model: it holds no passage "
                        + "vectors (run reindex)");
    }

    private static void rewriteManifest(Path generation, String from, String to) throws Exception {
        String manifest = Files.readString(generation.resolve(Manifest.FILE), StandardCharsets.UTF_8);
        assertThat(manifest).contains(from);
        Files.writeString(generation.resolve(Manifest.FILE), manifest.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aManifestFromBeforeTheFileListIsRefusedAskingForAReindex() throws Exception {
        Path generation = store.build(corpus, List.of());
        ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(generation.resolve(Manifest.FILE).toFile());
        manifest.remove("files");
        new ObjectMapper().writeValue(generation.resolve(Manifest.FILE).toFile(), manifest);

        assertThatThrownBy(() -> GenerationCheck.check(generation, List.of()))
                .hasMessage("index generation gen-000001 cannot be served: its manifest lists no files (an older faqbot built it; run reindex)");
    }
}
