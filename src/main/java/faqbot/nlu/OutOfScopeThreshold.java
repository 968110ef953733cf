package faqbot.nlu;

import java.util.List;
import java.util.TreeSet;

/**
 * The rule that turns class probabilities into an out-of-scope decision: a message is out of scope when the model
 * picks the out-of-scope class, or when its confidence in its best intent is below {@code minConfidence}.
 */
record OutOfScopeThreshold(double minConfidence) {

    static final OutOfScopeThreshold NONE = new OutOfScopeThreshold(0);

    /**
     * The share of out-of-scope messages the threshold is tuned for. Held-out sets have arbitrary mixes (CLINC150
     * val has 3 %, which let almost everything through); we assume about one chat message in ten is off-topic.
     */
    static final double OUT_OF_SCOPE_SHARE = 0.1;

    boolean rejects(String best, double confidence) {
        return IntentModel.OUT_OF_SCOPE.equals(best) || confidence < minConfidence;
    }

    /** One held-out message: its true intent, the model's best guess and the model's confidence in it. */
    record Observation(String gold, String best, double confidence) {
        boolean outOfScope() {
            return IntentModel.OUT_OF_SCOPE.equals(gold);
        }
    }

    /**
     * Picks the threshold that maximises held-out accuracy for a mix with {@link #OUT_OF_SCOPE_SHARE} out-of-scope
     * messages: (1 − share) × in-scope accuracy (kept with the right intent) + share × out-of-scope recall. Without
     * out-of-scope examples, in-scope accuracy alone. Ties go to the lower threshold, which rejects less.
     */
    static OutOfScopeThreshold tune(List<Observation> heldOut) {
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        heldOut.forEach(o -> candidates.add(o.confidence() + 1e-9));
        OutOfScopeThreshold best = NONE;
        double bestScore = -1;
        for (double t : candidates) {
            OutOfScopeThreshold candidate = new OutOfScopeThreshold(t);
            double score = candidate.score(heldOut);
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    double score(List<Observation> observations) {
        int inScope = 0;
        int kept = 0;
        int outOfScope = 0;
        int caught = 0;
        for (Observation o : observations) {
            boolean rejected = rejects(o.best(), o.confidence());
            if (o.outOfScope()) {
                outOfScope++;
                caught += rejected ? 1 : 0;
            } else {
                inScope++;
                kept += !rejected && o.best().equals(o.gold()) ? 1 : 0;
            }
        }
        double accuracy = inScope == 0 ? 1 : (double) kept / inScope;
        if (outOfScope == 0) {
            return accuracy;
        }
        return (1 - OUT_OF_SCOPE_SHARE) * accuracy + OUT_OF_SCOPE_SHARE * caught / outOfScope;
    }
}
