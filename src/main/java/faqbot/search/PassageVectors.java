package faqbot.search;

import faqbot.index.IndexFields;
import faqbot.index.UnusableGenerationException;
import faqbot.semantic.Embedder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.VectorUtil;

/** The passages' vectors in an opened generation: checked whole when it is opened, and read for a question's candidates. */
final class PassageVectors {

    private PassageVectors() {}

    /** Every passage has a vector of the model's dimension, compared by dot product; else the generation is refused. */
    static void check(Path generation, IndexReader reader) throws IOException {
        FieldInfo field = FieldInfos.getMergedFieldInfos(reader).fieldInfo(IndexFields.VECTOR);
        if (field == null || field.getVectorDimension() == 0) {
            throw new UnusableGenerationException(generation, "its Lucene index holds no passage vectors (run reindex)");
        }
        if (field.getVectorDimension() != Embedder.DIMENSION || field.getVectorSimilarityFunction() != VectorSimilarityFunction.DOT_PRODUCT) {
            throw new UnusableGenerationException(generation, "its passage vectors have " + field.getVectorDimension() + " dimensions compared by "
                    + field.getVectorSimilarityFunction() + ", and questions are embedded in " + Embedder.DIMENSION
                    + " compared by DOT_PRODUCT (run reindex)");
        }
        long withVectors = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
            withVectors += values == null ? 0 : values.size();
        }
        if (withVectors != reader.numDocs()) {
            throw new UnusableGenerationException(generation, "only " + withVectors + " of its " + reader.numDocs()
                    + " passages have a vector (run reindex)");
        }
    }

    /** Each document's cosine to the (normalised) question vector, in the order given. */
    static float[] similarities(IndexReader reader, int[] docs, float[] question) throws IOException {
        float[] similarities = new float[docs.length];
        Arrays.fill(similarities, Float.NaN);
        InIndexOrder.visit(reader, docs, new InIndexOrder.Visitor() {
            private FloatVectorValues values;

            @Override
            public void enter(LeafReaderContext leaf) throws IOException {
                values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
            }

            @Override
            public void visit(int position, int leafDoc) throws IOException {
                if (values != null && values.docID() < leafDoc) {
                    values.advance(leafDoc);
                }
                if (values != null && values.docID() == leafDoc) {
                    similarities[position] = VectorUtil.dotProduct(question, values.vectorValue());
                }
            }
        });
        return similarities;
    }
}
