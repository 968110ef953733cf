package faqbot.nlu;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The maxent and naive Bayes models' parameters laid out for scoring a message in one pass over its features.
 * OpenNLP's DocumentCategorizerME extracts the features again for each model, and its naive Bayes adds log
 * probabilities through a boxed map for every feature and intent: about 300 µs a message with 151 intents, several
 * times a chat turn's whole budget. Here the maxent weights are one dense row per feature and naive Bayes keeps its
 * sparse counts, so a message costs one hash lookup per feature and a few hundred additions; the features are
 * found by a {@link FeatureIndex}, without a String each.
 */
final class WeightTable {

    /**
     * Naive Bayes' additive smoothing, OpenNLP's: P(feature | outcome) = (count + 0.05) / (total + 0.05 · vocabulary).
     * OpenNLP's evaluation skips, for each feature, the outcomes numbered after the last one it was seen with; here
     * every outcome is smoothed (same CLINC150 val accuracy, 3 of 3,100 val decisions differ).
     */
    private static final double SMOOTHING = 0.05;

    private final String[] outcomes;
    /** Finds a message's known features by id, without building their names. */
    private final FeatureIndex index;
    /** Maxent weights, {@code feature * outcomes + outcome}: dense, as L2 leaves few zeros; float halves the memory. */
    private final float[] maxent;
    /**
     * Per feature, the outcomes it was seen with in training and log((count + 0.05) / 0.05): feature f's are at
     * {@code [bayesStarts[f], bayesStarts[f + 1])} of the other two, one array each rather than two per feature.
     */
    private final int[] bayesStarts;
    private final int[] bayesOutcomes;
    private final float[] bayesLogCounts;
    /** Per outcome, log of its feature total (the prior) and log(0.05 / (total + 0.05 · vocabulary)) (an unseen feature). */
    private final double[] bayesPrior;
    private final double[] bayesUnseen;

    WeightTable(DoccatModel maxentModel, DoccatModel bayesModel) {
        AbstractModel me = model(maxentModel.getMaxentModel());
        AbstractModel nb = model(bayesModel.getMaxentModel());
        this.outcomes = new String[me.getNumOutcomes()];
        for (int k = 0; k < outcomes.length; k++) {
            outcomes[k] = me.getOutcome(k);
        }
        Map<String, Context> meFeatures = features(me);
        Map<String, Context> nbFeatures = features(nb);
        Map<String, Integer> featureIds = new HashMap<>();
        meFeatures.keySet().forEach(f -> featureIds.putIfAbsent(f, featureIds.size()));
        nbFeatures.keySet().forEach(f -> featureIds.putIfAbsent(f, featureIds.size()));
        this.maxent = new float[featureIds.size() * outcomes.length];
        this.bayesStarts = new int[featureIds.size() + 1];
        nbFeatures.forEach((name, context) -> bayesStarts[featureIds.get(name) + 1] = context.getOutcomes().length);
        Arrays.parallelPrefix(bayesStarts, Integer::sum);
        this.bayesOutcomes = new int[bayesStarts[featureIds.size()]];
        this.bayesLogCounts = new float[bayesOutcomes.length];
        meFeatures.forEach((name, context) -> addMaxent(featureIds.get(name), context, me));
        double[] totals = new double[outcomes.length];
        nbFeatures.forEach((name, context) -> addBayes(featureIds.get(name), context, nb, totals));
        this.bayesPrior = new double[outcomes.length];
        this.bayesUnseen = new double[outcomes.length];
        for (int k = 0; k < outcomes.length; k++) {
            bayesPrior[k] = Math.log(totals[k] + SMOOTHING);
            bayesUnseen[k] = Math.log(SMOOTHING) - Math.log(totals[k] + SMOOTHING * nbFeatures.size());
        }
        this.index = new FeatureIndex(featureIds);
    }

    private static AbstractModel model(MaxentModel model) {
        if (model instanceof AbstractModel abstractModel) {
            return abstractModel;
        }
        throw new IllegalArgumentException("unsupported OpenNLP model " + model.getClass().getName());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> features(AbstractModel model) {
        return (Map<String, Context>) model.getDataStructures()[1];
    }

    private void addMaxent(int feature, Context context, AbstractModel model) {
        int[] ids = context.getOutcomes();
        double[] weights = context.getParameters();
        for (int j = 0; j < ids.length; j++) {
            maxent[feature * outcomes.length + outcomeIndex(model, ids[j])] = (float) weights[j];
        }
    }

    private void addBayes(int feature, Context context, AbstractModel model, double[] totals) {
        int[] ids = context.getOutcomes();
        double[] counts = context.getParameters();
        int start = bayesStarts[feature];
        for (int j = 0; j < ids.length; j++) {
            int k = outcomeIndex(model, ids[j]);
            bayesOutcomes[start + j] = k;
            bayesLogCounts[start + j] = (float) (Math.log(counts[j] + SMOOTHING) - Math.log(SMOOTHING));
            totals[k] += counts[j];
        }
    }

    /** The two models may number their outcomes differently; rows here use the maxent model's order. */
    private int outcomeIndex(AbstractModel model, int id) {
        String name = model.getOutcome(id);
        if (outcomes[id].equals(name)) {
            return id;
        }
        for (int k = 0; k < outcomes.length; k++) {
            if (outcomes[k].equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("outcome " + name + " is missing from the maxent model");
    }

    int size() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /**
     * Unnormalised log scores of every outcome for the message's known features (repeats count, as in OpenNLP): the
     * maxent model's into {@code maxentScores}, naive Bayes' (log prior plus Laplace-smoothed log likelihoods) into
     * {@code bayesScores}. Features unseen in training count for neither. The features are added in the
     * generators' order, as they always were, so that the sums (and so the probabilities) are the same to the bit.
     */
    void score(Tokens tokens, double[] maxentScores, double[] bayesScores) {
        int[] ids = new int[FeatureIndex.capacity(tokens)];
        int known = index.find(tokens, ids);
        Arrays.fill(maxentScores, 0);
        Arrays.fill(bayesScores, 0);
        for (int f = 0; f < known; f++) {
            int id = ids[f];
            int base = id * outcomes.length;
            for (int k = 0; k < outcomes.length; k++) {
                maxentScores[k] += maxent[base + k];
            }
            for (int j = bayesStarts[id]; j < bayesStarts[id + 1]; j++) {
                bayesScores[bayesOutcomes[j]] += bayesLogCounts[j];
            }
        }
        for (int k = 0; k < outcomes.length; k++) {
            bayesScores[k] += bayesPrior[k] + known * bayesUnseen[k];
        }
    }
}
