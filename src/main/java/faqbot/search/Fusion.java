package faqbot.search;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Puts the lexical and the dense signal of each candidate together, for {@link Ranking}: a hit's relevance is its
 * relevance by words (BM25, coverage, headings) and its closeness in meaning, mixed by a weight that depends on how
 * well the best lexical match covers the question. Where the content holds the visitor's own words (most questions on
 * FAQ sheets, which repeat their entries' words) tuned BM25 with coverage ranks better than any embedding and keeps the
 * say; where it does not (a paraphrase, everyday words for a medical term) the meaning decides. Measured on the MedQuAD
 * dev questions and the generality dev set (docs/retrieval.md).
 */
final class Fusion {

    /**
     * The dense signal's weight when no word of the question is matched; it falls with the square root of what the
     * words leave uncovered. Chosen on the generality dev set and the bundled article's content tests (1.0: dev 50 of
     * 65, article 72 of 89; 0.9: 48 and 73; 0.8: 47 and 73; words alone: 35 and 73), see docs/retrieval.md.
     */
    static final double DENSE_WEIGHT = 0.9;
    /** The least dense weight at which passages found by meaning alone compete with those found by words. */
    static final double ADMIT = 0.3;
    /** Cosines up to this are what unrelated texts score with this model: no evidence of relevance. */
    static final double SIMILARITY_FLOOR = 0.2;

    private Fusion() {}

    /**
     * The hits (of the candidates, in the same order) with the dense weight of this result; unchanged when the question
     * was not embedded. {@code coverageTells}: whether the question's words weigh anything, so coverage means something. Where the words leave meaning little say (a weight under {@link #ADMIT}), the passages only
     * meaning found are left out: the words' own candidates are ranked as they would be without it.
     */
    static List<SearchHit> fuse(List<SearchHit> hits, List<Candidate> candidates, boolean coverageTells) {
        if (hits.stream().noneMatch(SearchHit::hasSimilarity)) {
            return hits;
        }
        // a question whose words all weigh nothing ("how is TS treated": a short name and a common verb) is covered
        // by no passage, however well BM25 matched it: then the words' match is all there is to go by
        double fit = coverageTells ? lexicalFit(hits) : hits.stream().anyMatch(h -> h.score() > 0) ? 1 : 0;
        double weight = denseWeight(fit);
        return IntStream.range(0, hits.size()).filter(i -> weight >= ADMIT || candidates.get(i).byWords())
                .mapToObj(i -> hits.get(i).weighted(weight)).toList();
    }

    /** A hit's relevance from its relevance by words (0..1) and its closeness in meaning. */
    static double relevance(double byWords, SearchHit hit) {
        return (1 - hit.denseWeight()) * byWords + hit.denseWeight() * strength(hit.similarity());
    }

    /**
     * How well the best match by words ({@link Ranking#byWords}) covers the question, 0..1 (0 when no word matched): the
     * more of what the visitor asked, or of everything searched (with what the conversation adds to a follow-up), it
     * holds.
     */
    static double lexicalFit(List<SearchHit> hits) {
        float top = Ranking.topScore(hits);
        return hits.stream().filter(h -> h.score() > 0).max(Comparator.comparingDouble(h -> Ranking.byWords(h, top)))
                .map(h -> Math.max(h.askedCoverage(), h.coverage())).orElse(0.0);
    }

    static double denseWeight(double lexicalFit) {
        return DENSE_WEIGHT * Math.sqrt(1 - lexicalFit);
    }

    /** A cosine as evidence, 0..1: nothing up to the floor, then in proportion. */
    static double strength(double similarity) {
        return Double.isNaN(similarity) ? 0 : Math.max(0, (similarity - SIMILARITY_FLOOR) / (1 - SIMILARITY_FLOOR));
    }
}
