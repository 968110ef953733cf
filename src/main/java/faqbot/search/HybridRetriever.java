package faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Both retrievers at once: the lexical candidates, then the passages nearest in meaning that BM25 did not find, each
 * with both signals measured exactly (its BM25 score for the question and its cosine to the question's vector), so
 * the rerank and {@link Fusion} judge every candidate on the same terms. The question is embedded once.
 */
final class HybridRetriever implements Retriever {

    /** Nearest passages added to the lexical ones (those BM25 found already are not counted twice). */
    static final int DENSE_DEPTH = 10;

    private final Bm25Retriever lexical;
    private final DenseRetriever dense;
    private final IndexSearcher searcher;
    private final IndexReader reader;

    HybridRetriever(Generation generation, Bm25Retriever lexical, DenseRetriever dense) {
        this.lexical = lexical;
        this.dense = dense;
        this.searcher = generation.searcher;
        this.reader = generation.reader;
    }

    @Override
    public List<Candidate> retrieve(Question question, int depth) throws IOException {
        Query query = lexical.query(question);
        List<Candidate> words = query == null ? List.of() : lexical.search(query, depth);
        Optional<float[]> vector = dense.embed(question);
        if (vector.isEmpty()) {
            return words;
        }
        Map<Integer, Candidate> all = new LinkedHashMap<>();
        words.forEach(c -> all.put(c.doc(), c));
        dense.nearest(vector.get(), DENSE_DEPTH).forEach(c -> all.putIfAbsent(c.doc(), c));
        int[] docs = all.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] similarities = PassageVectors.similarities(reader, docs, vector.get());
        // BM25 scored its own candidates already; only the ones meaning alone brought need their score for the query.
        int[] meaningOnly = all.values().stream().filter(c -> !c.byWords()).mapToInt(Candidate::doc).toArray();
        float[] meaningOnlyScores = query == null || meaningOnly.length == 0 ? new float[meaningOnly.length] : scores(query, meaningOnly);
        Map<Integer, Float> scoreOf = new HashMap<>();
        for (int i = 0; i < meaningOnly.length; i++) {
            scoreOf.put(meaningOnly[i], meaningOnlyScores[i]);
        }
        List<Candidate> candidates = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Candidate found = all.get(docs[i]);
            float score = found.byWords() ? found.score() : scoreOf.get(docs[i]);
            candidates.add(new Candidate(docs[i], score, similarities[i], found.byWords()));
        }
        return candidates;
    }

    /** Each document's score for the lexical query (0 where it matches no clause), as {@code IndexSearcher.search} scores it. */
    private float[] scores(Query query, int[] docs) throws IOException {
        float[] scores = new float[docs.length];
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        InIndexOrder.visit(reader, docs, new InIndexOrder.Visitor() {
            private Scorer scorer;

            @Override
            public void enter(LeafReaderContext leaf) throws IOException {
                scorer = weight.scorer(leaf);
            }

            @Override
            public void visit(int position, int leafDoc) throws IOException {
                DocIdSetIterator matches = scorer == null ? null : scorer.iterator();
                if (matches != null && matches.docID() < leafDoc) {
                    matches.advance(leafDoc);
                }
                if (matches != null && matches.docID() == leafDoc) {
                    scores[position] = scorer.score();
                }
            }
        });
        return scores;
    }
}
