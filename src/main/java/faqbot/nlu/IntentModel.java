package faqbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * An OpenNLP document categorizer over normalised words, word bigrams and character n-grams, plus the tuned
 * out-of-scope threshold. Thread-safe once built.
 */
public final class IntentModel {

    /** The intent for messages outside what the bot covers; also chosen when no intent is confident enough. */
    public static final String OUT_OF_SCOPE = "out_of_scope";

    private static final String THRESHOLD_PROPERTY = "faqbot.outOfScope.minConfidence";
    private static final int FOLDS = 4;

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;
    private final OutOfScopeThreshold threshold;

    private IntentModel(DoccatModel model, OutOfScopeThreshold threshold) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
        this.threshold = threshold;
    }

    /**
     * Trains on all the data. The out-of-scope threshold is tuned on held-out predictions first: each utterance
     * is classified by a model trained without its fold (cross-validation), so every line counts once as unseen.
     */
    public static IntentModel train(IntentTrainingData data) {
        List<OutOfScopeThreshold.Observation> heldOut = new ArrayList<>();
        for (List<IntentTrainingData> fold : data.folds(FOLDS)) {
            heldOut.addAll(new IntentModel(fit(fold.get(0)), OutOfScopeThreshold.NONE).observe(fold.get(1)));
        }
        OutOfScopeThreshold threshold = OutOfScopeThreshold.tune(heldOut);
        return new IntentModel(withThreshold(fit(data), threshold), threshold);
    }

    /** Trains on {@code training} and tunes the out-of-scope threshold on {@code heldOut} only. */
    public static IntentModel train(IntentTrainingData training, IntentTrainingData heldOut) {
        IntentModel untuned = new IntentModel(fit(training), OutOfScopeThreshold.NONE);
        OutOfScopeThreshold threshold = OutOfScopeThreshold.tune(untuned.observe(heldOut));
        return new IntentModel(withThreshold(untuned.model, threshold), threshold);
    }

    public static IntentModel load(Path file) {
        try {
            DoccatModel model = new DoccatModel(file);
            String value = model.getManifestProperty(THRESHOLD_PROPERTY);
            if (value == null) {
                throw new IOException("not a faqbot intent model (no " + THRESHOLD_PROPERTY + ")");
            }
            return new IntentModel(model, new OutOfScopeThreshold(Double.parseDouble(value)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load intent model " + file, e);
        }
    }

    public void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            model.serialize(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save intent model " + file, e);
        }
    }

    public IntentScores classify(String text) {
        String[] tokens = TextNormaliser.tokens(text);
        if (tokens.length == 0) {
            return new IntentScores(OUT_OF_SCOPE, 1.0, Map.of());
        }
        Map<String, Double> probabilities = probabilities(categorizer.categorize(tokens));
        Map.Entry<String, Double> best = probabilities.entrySet().iterator().next();
        if (threshold.rejects(best.getKey(), best.getValue()) && !OUT_OF_SCOPE.equals(best.getKey())) {
            return new IntentScores(OUT_OF_SCOPE, 1 - best.getValue(), probabilities);
        }
        return new IntentScores(best.getKey(), best.getValue(), probabilities);
    }

    /** The intents this model can return (besides {@link #OUT_OF_SCOPE}). */
    public List<String> intents() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            names.add(categorizer.getCategory(i));
        }
        return names;
    }

    double minConfidence() {
        return threshold.minConfidence();
    }

    private Map<String, Double> probabilities(double[] scores) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(scores[b], scores[a]));
        Map<String, Double> sorted = new LinkedHashMap<>();
        order.forEach(i -> sorted.put(categorizer.getCategory(i), scores[i]));
        return sorted;
    }

    private List<OutOfScopeThreshold.Observation> observe(IntentTrainingData heldOut) {
        List<OutOfScopeThreshold.Observation> observations = new ArrayList<>();
        heldOut.utterances().forEach((gold, lines) -> lines.forEach(line -> {
            Map<String, Double> p = probabilities(categorizer.categorize(TextNormaliser.tokens(line)));
            Map.Entry<String, Double> best = p.entrySet().iterator().next();
            observations.add(new OutOfScopeThreshold.Observation(gold, best.getKey(), best.getValue()));
        }));
        return observations;
    }

    private static DoccatModel fit(IntentTrainingData data) {
        return Training.STANDARD.fit(data, Training.features());
    }

    /** Re-wraps the trained weights so the threshold travels inside the saved model file. */
    private static DoccatModel withThreshold(DoccatModel trained, OutOfScopeThreshold threshold) {
        return new DoccatModel("en", trained.getMaxentModel(),
                Map.of(THRESHOLD_PROPERTY, Double.toString(threshold.minConfidence())), trained.getFactory());
    }
}
