package faqbot.dialog;

/**
 * How much a passage's closeness in meaning to the message (the cosine of their embeddings) says it answers, 0..1.
 * With this model, a passage that answers a question in other words scores about 0.5 to 0.8, an unrelated one below
 * 0.3, and one on the same subject that answers something else in between: so nothing below {@link #NONE}, full
 * evidence from {@link #FULL}, and in proportion between (read off the generality dev set, docs/retrieval.md).
 */
final class SemanticEvidence {

    static final double NONE = 0.45;
    static final double FULL = 0.75;

    private SemanticEvidence() {}

    static double of(double similarity) {
        if (Double.isNaN(similarity)) {
            return 0;
        }
        return Math.max(0, Math.min(1, (similarity - NONE) / (FULL - NONE)));
    }
}
