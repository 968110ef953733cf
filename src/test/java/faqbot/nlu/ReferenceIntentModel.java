package faqbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The intent classifier as it was before {@link FeatureIndex} (commit 459cf13), kept as the reference that the
 * fast code must agree with to the bit: every feature's name built as a String by the training generators
 * ({@link Training#features()} over {@link TextNormaliser#tokens}), looked up in a HashMap of the model's features,
 * weights summed in the generators' order. Reads the model file that {@link IntentModel#save} writes.
 */
final class ReferenceIntentModel {

    private final WeightTable table;
    private final double bayesWeight;
    private final double minConfidence;
    private final FeatureGenerator[] features = Training.features();

    private ReferenceIntentModel(WeightTable table, double bayesWeight, double minConfidence) {
        this.table = table;
        this.bayesWeight = bayesWeight;
        this.minConfidence = minConfidence;
    }

    static ReferenceIntentModel load(Path file) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            Map<String, byte[]> entries = new HashMap<>();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
            Properties settings = new Properties();
            settings.load(new ByteArrayInputStream(entries.get("intent-model.properties")));
            WeightTable table = new WeightTable(new DoccatModel(new ByteArrayInputStream(entries.get("maxent.bin"))),
                    new DoccatModel(new ByteArrayInputStream(entries.get("naive-bayes.bin"))));
            return new ReferenceIntentModel(table, Double.parseDouble(settings.getProperty("bayesWeight")),
                    Double.parseDouble(settings.getProperty("minConfidence")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The old IntentModel.classify, with the old CombinedCategorizer.categorize and OutOfScopeThreshold inlined. */
    IntentScores classify(String text) {
        String[] tokens = TextNormaliser.tokens(text);
        if (tokens.length == 0) {
            return new IntentScores(IntentModel.OUT_OF_SCOPE, 1.0, Map.of());
        }
        double[][] scores = categorize(tokens);
        double[] combined = scores[0];
        double[] maxent = scores[1];
        Map<String, Double> probabilities = new HashMap<>();
        for (int i = 0; i < combined.length; i++) {
            probabilities.put(table.outcome(i), combined[i]);
        }
        String best = table.outcome(argmax(combined));
        double confidence = maxent[argmax(maxent)];
        boolean rejects = IntentModel.OUT_OF_SCOPE.equals(best) || confidence < minConfidence;
        if (rejects && !IntentModel.OUT_OF_SCOPE.equals(best)) {
            return new IntentScores(IntentModel.OUT_OF_SCOPE, 1 - confidence, probabilities);
        }
        return new IntentScores(best, probabilities.get(best), probabilities);
    }

    private double[][] categorize(String[] tokens) {
        List<String> names = new ArrayList<>();
        for (FeatureGenerator generator : features) {
            names.addAll(generator.extractFeatures(tokens, Map.of()));
        }
        double[] me = new double[table.size()];
        double[] nb = new double[table.size()];
        table.score(names, me, nb);
        double[] combined = new double[me.length];
        for (int k = 0; k < me.length; k++) {
            combined[k] = me[k] + bayesWeight * nb[k];
        }
        return new double[][] {softmax(combined), softmax(me)};
    }

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = Math.exp(scores[k] - max);
            sum += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= sum;
        }
        return scores;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The old WeightTable, unchanged: a HashMap from each feature's name to its row. */
    static final class WeightTable {

        /**
         * Naive Bayes' additive smoothing, OpenNLP's: P(feature | outcome) = (count + 0.05) / (total + 0.05 · vocabulary).
         * OpenNLP's evaluation skips, for each feature, the outcomes numbered after the last one it was seen with; here
         * every outcome is smoothed (same CLINC150 val accuracy, 3 of 3,100 val decisions differ).
         */
        private static final double SMOOTHING = 0.05;

        private final String[] outcomes;
        private final Map<String, Integer> featureIds = new HashMap<>();
        /** Maxent weights, {@code feature * outcomes + outcome}: dense, as L2 leaves few zeros; float halves the memory. */
        private final float[] maxent;
        /** Per feature, the outcomes it was seen with in training and log((count + 0.05) / 0.05). */
        private final int[][] bayesOutcomes;
        private final float[][] bayesLogCounts;
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
            meFeatures.keySet().forEach(f -> featureIds.putIfAbsent(f, featureIds.size()));
            nbFeatures.keySet().forEach(f -> featureIds.putIfAbsent(f, featureIds.size()));
            this.maxent = new float[featureIds.size() * outcomes.length];
            this.bayesOutcomes = new int[featureIds.size()][];
            this.bayesLogCounts = new float[featureIds.size()][];
            meFeatures.forEach((name, context) -> addMaxent(featureIds.get(name), context, me));
            double[] totals = new double[outcomes.length];
            nbFeatures.forEach((name, context) -> addBayes(featureIds.get(name), context, nb, totals));
            this.bayesPrior = new double[outcomes.length];
            this.bayesUnseen = new double[outcomes.length];
            for (int k = 0; k < outcomes.length; k++) {
                bayesPrior[k] = Math.log(totals[k] + SMOOTHING);
                bayesUnseen[k] = Math.log(SMOOTHING) - Math.log(totals[k] + SMOOTHING * nbFeatures.size());
            }
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
            bayesOutcomes[feature] = new int[ids.length];
            bayesLogCounts[feature] = new float[ids.length];
            for (int j = 0; j < ids.length; j++) {
                int k = outcomeIndex(model, ids[j]);
                bayesOutcomes[feature][j] = k;
                bayesLogCounts[feature][j] = (float) (Math.log(counts[j] + SMOOTHING) - Math.log(SMOOTHING));
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
         * Unnormalised log scores of every outcome for the given features (repeats count, as in OpenNLP): the maxent
         * model's into {@code maxentScores}, naive Bayes' (log prior plus Laplace-smoothed log likelihoods) into
         * {@code bayesScores}. Features unseen in training are skipped by both.
         */
        void score(Iterable<String> features, double[] maxentScores, double[] bayesScores) {
            Arrays.fill(maxentScores, 0);
            Arrays.fill(bayesScores, 0);
            int known = 0;
            for (String name : features) {
                Integer id = featureIds.get(name);
                if (id != null) {
                    known++;
                    int base = id * outcomes.length;
                    for (int k = 0; k < outcomes.length; k++) {
                        maxentScores[k] += maxent[base + k];
                    }
                    add(bayesOutcomes[id], bayesLogCounts[id], bayesScores);
                }
            }
            for (int k = 0; k < outcomes.length; k++) {
                bayesScores[k] += bayesPrior[k] + known * bayesUnseen[k];
            }
        }

        private static void add(int[] outcomes, float[] values, double[] scores) {
            if (outcomes != null) {
                for (int j = 0; j < outcomes.length; j++) {
                    scores[outcomes[j]] += values[j];
                }
            }
        }
    }
}
