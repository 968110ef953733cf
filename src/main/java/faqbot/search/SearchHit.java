package faqbot.search;

import faqbot.corpus.Passage;

/**
 * One retrieved passage with its BM25 score (0 when it matches none of the question's words), how much of the question
 * it covers (0..1), and how much of the question its own headings cover (0..1), and how much of what the visitor asked
 * it covers, without the words the conversation added (0..1; the same as {@code coverage} when nothing was added), how
 * close its meaning is to the question's (cosine of their embeddings, -1..1; NaN when the question was not embedded),
 * and the weight of that closeness in its relevance, the same for every hit of a result ({@link Fusion}; 0: words only).
 */
public record SearchHit(Passage passage, float score, double coverage, double headingCoverage, double askedCoverage,
        double similarity, double denseWeight) {

    /** A hit judged by its words and its meaning, before {@link Fusion} has weighed the two. */
    SearchHit(Passage passage, float score, double coverage, double headingCoverage, double askedCoverage, double similarity) {
        this(passage, score, coverage, headingCoverage, askedCoverage, similarity, 0);
    }

    /** Whether the question's meaning was compared with this passage's. */
    public boolean hasSimilarity() {
        return !Double.isNaN(similarity);
    }

    SearchHit weighted(double weight) {
        return new SearchHit(passage, score, coverage, headingCoverage, askedCoverage, similarity, weight);
    }
}
