package faqbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import faqbot.corpus.Passage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexWriterTest {

    @TempDir
    Path dir;

    @Test
    void aLargeCorpusWrittenInTwoHalvesKeepsEveryPassageInCorpusOrder() throws Exception {
        int count = PassageIndexWriter.SPLIT_AT + 3;
        List<Passage> passages = IntStream.range(0, count).mapToObj(PassageIndexWriterTest::passage).toList();
        List<Long> told = new ArrayList<>();

        PassageIndexWriter.write(passages, vectors(count), dir.resolve("lucene"), (done, total) -> told.add(done));

        try (FSDirectory lucene = FSDirectory.open(dir.resolve("lucene")); DirectoryReader reader = DirectoryReader.open(lucene)) {
            assertThat(reader.leaves()).hasSize(2);
            StoredFields stored = reader.storedFields();
            List<String> ids = IntStream.range(0, reader.maxDoc()).mapToObj(doc -> id(stored, doc)).toList();
            assertThat(ids).isEqualTo(passages.stream().map(Passage::id).toList());
        }
        assertThat(told).last().isEqualTo((long) count);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("lucene");
        }
    }

    @Test
    void aHalfThatFailsFailsTheWriteAndLeavesNoPartsBehind() throws Exception {
        int count = PassageIndexWriter.SPLIT_AT + 3;
        List<Passage> passages = IntStream.range(0, count).mapToObj(PassageIndexWriterTest::passage).toList();
        List<float[]> vectors = new ArrayList<>(vectors(count));
        vectors.set(count - 1, new float[3]); // another dimension than the rest of its half

        assertThatThrownBy(() -> PassageIndexWriter.write(passages, vectors, dir.resolve("lucene"), (done, total) -> { }))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("half of the index");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("lucene-parts-"));
        }
    }

    @Test
    void aSmallCorpusIsOneSegment() throws Exception {
        List<Passage> passages = IntStream.range(0, 10).mapToObj(PassageIndexWriterTest::passage).toList();

        PassageIndexWriter.write(passages, vectors(10), dir.resolve("lucene"), (done, total) -> { });

        try (FSDirectory lucene = FSDirectory.open(dir.resolve("lucene")); DirectoryReader reader = DirectoryReader.open(lucene)) {
            assertThat(reader.leaves()).hasSize(1);
            assertThat(reader.maxDoc()).isEqualTo(10);
        }
    }

    private static String id(StoredFields stored, int doc) {
        try {
            return stored.document(doc).get(IndexFields.ID);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Passage passage(int n) {
        return new Passage("sheet/entry-" + n, "sheet", "Sheet", "https://hospital.example/sheet", "entry-" + n, List.of(),
                List.of("What is condition " + n + "?"), "Condition " + n + " is a made-up condition.");
    }

    /** Unit vectors, as the embedder's are (the field compares them by dot product). */
    private static List<float[]> vectors(int count) {
        Random random = new Random(7);
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] v = new float[8];
            double norm = 0;
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
                norm += v[d] * v[d];
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            out.add(v);
        }
        return out;
    }
}
