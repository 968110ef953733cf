package faqbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reindex embeds only the passages whose text is new or changed; the rest come from the cache beside the index. */
class EmbeddingCacheTest {

    private static final List<String> PASSAGES = List.of(
            "Recovery. Most people walk with a frame the day after surgery.",
            "Risks. Infection and blood clots are the main risks.",
            "Cost. The operation costs about 30,000 dollars before insurance.");

    @TempDir
    Path index;

    @Test
    void anUnchangedPassageIsNotEmbeddedAgain() throws Exception {
        EmbeddingCache.Vectors first = new EmbeddingCache(index).vectors(PASSAGES, Embedder.shared(), EmbeddingProgress.NONE);
        List<String> changed = new ArrayList<>(PASSAGES);
        changed.set(1, "Risks. Infection, bleeding and blood clots are the main risks.");

        Told told = new Told();
        EmbeddingCache.Vectors second = new EmbeddingCache(index).vectors(changed, Embedder.shared(), told);

        assertThat(first.embedded()).isEqualTo(3);
        assertThat(second.embedded()).isEqualTo(1);
        assertThat(told.kept).isEqualTo(2);
        assertThat(told.toEmbed).isEqualTo(1);
        assertThat(second.vectors().get(0)).containsExactly(first.vectors().get(0));
        assertThat(second.vectors().get(2)).containsExactly(first.vectors().get(2));
        assertThat(second.vectors().get(1)).isNotEqualTo(first.vectors().get(1));
    }

    @Test
    void aDamagedCacheIsReadAsEmptyAndEverythingIsEmbeddedAgain() throws Exception {
        new EmbeddingCache(index).vectors(PASSAGES, Embedder.shared(), EmbeddingProgress.NONE);
        Path file = index.resolve(EmbeddingCache.DIRECTORY).resolve(EmbeddingCache.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(file, bytes);

        EmbeddingCache.Vectors again = new EmbeddingCache(index).vectors(PASSAGES, Embedder.shared(), EmbeddingProgress.NONE);

        assertThat(again.embedded()).isEqualTo(3);
    }

    @Test
    void theCacheIsKeyedByTheTextsSha256AndHoldsNoText() throws Exception {
        new EmbeddingCache(index).vectors(PASSAGES, Embedder.shared(), EmbeddingProgress.NONE);
        String held = Files.readString(index.resolve(EmbeddingCache.DIRECTORY).resolve(EmbeddingCache.FILE), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(held).doesNotContain("Infection");
        assertThat(new EmbeddingCache(index).read()).containsOnlyKeys(PASSAGES.stream().map(EmbeddingCache::key).toList());
    }

    private static final class Told implements EmbeddingProgress {
        long kept;
        long toEmbed;

        @Override
        public void embedding(long kept, long toEmbed) {
            this.kept = kept;
            this.toEmbed = toEmbed;
        }
    }
}
