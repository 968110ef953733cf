package faqbot.search;

import faqbot.index.IndexFields;
import faqbot.semantic.Embedder;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;

/**
 * Dense retrieval: the question embedded by the sentence-embedding model and the nearest passage vectors found in the
 * generation's HNSW graph ({@code KnnFloatVectorQuery}). It finds a passage by what the question means, when the
 * visitor's words are not the content's. The question's vector lives only for the call.
 */
final class DenseRetriever implements Retriever {

    private final IndexSearcher searcher;
    private final Embedder embedder;

    DenseRetriever(Generation generation, Embedder embedder) {
        this.searcher = generation.searcher;
        this.embedder = embedder;
    }

    @Override
    public List<Candidate> retrieve(Question question, int depth) throws IOException {
        Optional<float[]> vector = embed(question);
        return vector.isEmpty() ? List.of() : nearest(vector.get(), depth);
    }

    /** The question's vector: the words searched (the visitor's, spelling corrected, then what the conversation adds). */
    Optional<float[]> embed(Question question) {
        return embedder.embed(question.words());
    }

    /** The {@code depth} passages nearest the vector, nearest first, with their cosine and no lexical score. */
    List<Candidate> nearest(float[] vector, int depth) throws IOException {
        return Arrays.stream(searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, depth), depth).scoreDocs)
                // Lucene scores a dot product d as (1 + d) / 2
                .map(hit -> new Candidate(hit.doc, 0f, 2 * hit.score - 1, false)).toList();
    }
}
