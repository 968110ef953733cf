package faqbot.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import faqbot.index.IndexFields;
import faqbot.index.UnusableGenerationException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generation is served only when every passage has a vector the question's can be compared with. */
class PassageVectorsTest {

    @TempDir
    Path generation;

    @Test
    void aGenerationWithoutVectorsIsRefused() throws Exception {
        write(null, null);

        assertRefused("index generation " + generation.getFileName() + " cannot be served: its Lucene index holds no passage vectors (run reindex)");
    }

    @Test
    void aGenerationWhereSomePassagesHaveNoVectorIsRefused() throws Exception {
        write(new float[384], null);

        assertRefused("index generation " + generation.getFileName() + " cannot be served: only 1 of its 2 passages have a vector (run reindex)");
    }

    @Test
    void vectorsOfAnotherDimensionAreRefused() throws Exception {
        write(new float[768], new float[768]);

        assertRefused("index generation " + generation.getFileName() + " cannot be served: its passage vectors have 768 dimensions compared by "
                + "DOT_PRODUCT, and questions are embedded in 384 compared by DOT_PRODUCT (run reindex)");
    }

    private void assertRefused(String message) throws Exception {
        try (FSDirectory dir = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThatThrownBy(() -> PassageVectors.check(generation, reader)).isInstanceOf(UnusableGenerationException.class).hasMessage(message);
        }
    }

    /** Two passages, each with the vector given or none. */
    private void write(float[] first, float[] second) throws Exception {
        try (FSDirectory dir = FSDirectory.open(generation);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(passage("a", first));
            writer.addDocument(passage("b", second));
        }
    }

    private static Document passage(String id, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        if (vector != null) {
            vector[0] = 1f;
            doc.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }
}
