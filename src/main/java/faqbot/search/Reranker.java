package faqbot.search;

import java.util.Comparator;
import java.util.List;

/**
 * Re-orders BM25's best hits by also asking how much of the question each covers: BM25 loves a short FAQ question
 * that repeats one word ("What is vertebroplasty?"), coverage prefers the passage that has all of "who should get
 * vertebroplasty". The cost is bounded by the depth, never by the corpus size.
 */
public final class Reranker {

    private static final double BM25_SHARE = 0.4;
    private static final double COVERAGE_SHARE = 0.4;
    private static final double HEADING_SHARE = 0.2;

    private Reranker() {}

    /** The candidates by combined relevance; their passages are read only for those kept. */
    static List<Candidate> rerank(List<Candidate> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        float top = hits.get(0).score();
        return hits.stream().sorted(Comparator.comparingDouble((Candidate h) -> -combined(h.score(), h.coverage(), h.headingCoverage(), top))).toList();
    }

    /** The hit's combined relevance, 0..1, relative to the best BM25 score of its result. */
    public static double combined(SearchHit hit, float topScore) {
        return combined(hit.score(), hit.coverage(), hit.headingCoverage(), topScore);
    }

    private static double combined(float score, double coverage, double headingCoverage, float topScore) {
        return BM25_SHARE * score / topScore + COVERAGE_SHARE * coverage + HEADING_SHARE * headingCoverage;
    }
}
