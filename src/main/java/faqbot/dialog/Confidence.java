package faqbot.dialog;

/**
 * A 0..1 confidence that the best passage answers the message, from two independent signals:
 * <ul>
 *   <li>retrieval coverage: the share of the message's words (with synonyms, weighted by rarity and part of speech)
 *       that the passage contains — a topic the content lacks ("migraines") pulls it down hard;</li>
 *   <li>the intent model's probability that the message asks something rather than making small talk.</li>
 * </ul>
 * Coverage leads; the intent lets a clear question in everyday words ("how long does it take to get over it") through
 * with partial coverage. Whether the content holds the question at all is {@link ContentScope}'s to say.
 */
final class Confidence {

    static final double COVERAGE_SHARE = 0.7;

    private Confidence() {}

    static double of(double coverage, double questionProbability) {
        double question = questionProbability;
        double combined = COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * question;
        return Math.round(combined * 1000) / 1000.0;
    }

    /**
     * With the dense signal too: the passage's evidence is the stronger of its coverage and its closeness in meaning
     * ({@link SemanticEvidence}), so a paraphrase in words the content does not use can be answered, while a message
     * neither signal supports still falls back.
     */
    static double of(double coverage, double similarity, double questionProbability) {
        return of(Math.max(coverage, SemanticEvidence.of(similarity)), questionProbability);
    }
}
