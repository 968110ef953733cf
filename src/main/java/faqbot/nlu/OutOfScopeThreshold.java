package faqbot.nlu;

import java.util.List;
import java.util.TreeSet;

/**
 * The rule that turns class probabilities into an out-of-scope decision: a message is out of scope when the model
 * picks the out-of-scope class, or when its best in-scope intent is less probable than {@code minConfidence}.
 */
record OutOfScopeThreshold(double minConfidence) {

    static final OutOfScopeThreshold NONE = new OutOfScopeThreshold(0);

    boolean rejects(String best, double probability) {
        return IntentModel.OUT_OF_SCOPE.equals(best) || probability < minConfidence;
    }

    /** One held-out message: its true intent and the model's best guess with that guess's probability. */
    record Observation(String gold, String best, double probability) {
        boolean outOfScope() {
            return IntentModel.OUT_OF_SCOPE.equals(gold);
        }
    }

    /**
     * Picks the threshold with the best balance on held-out data: the mean of in-scope accuracy and out-of-scope
     * recall (the two figures CLINC150 reports), so a few out-of-scope examples weigh as much as many in-scope
     * ones. Ties go to the lower threshold, which rejects less.
     */
    static OutOfScopeThreshold tune(List<Observation> heldOut) {
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        heldOut.forEach(o -> candidates.add(o.probability() + 1e-9));
        OutOfScopeThreshold best = NONE;
        double bestScore = -1;
        for (double t : candidates) {
            OutOfScopeThreshold candidate = new OutOfScopeThreshold(t);
            double score = candidate.balancedScore(heldOut);
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    double balancedScore(List<Observation> observations) {
        long inScope = observations.stream().filter(o -> !o.outOfScope()).count();
        long outOfScope = observations.size() - inScope;
        long kept = observations.stream().filter(o -> !o.outOfScope() && right(o)).count();
        long caught = observations.stream().filter(o -> o.outOfScope() && right(o)).count();
        double accuracy = inScope == 0 ? 1 : (double) kept / inScope;
        double recall = outOfScope == 0 ? 1 : (double) caught / outOfScope;
        return (accuracy + recall) / 2;
    }

    /** An in-scope message is right when kept with its intent, an out-of-scope one when rejected. */
    private boolean right(Observation o) {
        boolean rejected = rejects(o.best(), o.probability());
        return o.outOfScope() ? rejected : !rejected && o.best().equals(o.gold());
    }
}
