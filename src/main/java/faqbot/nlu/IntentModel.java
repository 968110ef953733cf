package faqbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * OpenNLP document categorizers (maxent and naive Bayes, combined) over normalised words, word pairs and
 * character n-grams, plus the tuned out-of-scope threshold. Thread-safe once built.
 */
public final class IntentModel {

    /** The intent for messages outside what the bot covers; also chosen when no intent is confident enough. */
    public static final String OUT_OF_SCOPE = "out_of_scope";

    private static final int FOLDS = 4;
    private static final String MAXENT_ENTRY = "maxent.bin";
    private static final String BAYES_ENTRY = "naive-bayes.bin";
    private static final String SETTINGS_ENTRY = "intent-model.properties";

    private final CombinedCategorizer categorizer;
    private final OutOfScopeThreshold threshold;

    private IntentModel(CombinedCategorizer categorizer, OutOfScopeThreshold threshold) {
        this.categorizer = categorizer;
        this.threshold = threshold;
    }

    /**
     * Trains on all the data. The out-of-scope threshold is tuned on held-out predictions first: each utterance
     * is classified by a model trained without its fold (cross-validation), so every line counts once as unseen.
     */
    public static IntentModel train(IntentTrainingData data) {
        List<OutOfScopeThreshold.Observation> heldOut = new ArrayList<>();
        for (List<IntentTrainingData> fold : data.folds(FOLDS)) {
            heldOut.addAll(new IntentModel(Training.STANDARD.fit(fold.get(0)), OutOfScopeThreshold.NONE).observe(fold.get(1)));
        }
        return new IntentModel(Training.STANDARD.fit(data), OutOfScopeThreshold.tune(heldOut));
    }

    /** Trains on {@code training} and tunes the out-of-scope threshold on {@code heldOut} only. */
    public static IntentModel train(IntentTrainingData training, IntentTrainingData heldOut) {
        IntentModel untuned = new IntentModel(Training.STANDARD.fit(training), OutOfScopeThreshold.NONE);
        return new IntentModel(untuned.categorizer, OutOfScopeThreshold.tune(untuned.observe(heldOut)));
    }

    /** Reads a model written by {@link #save(Path)}: a zip of the two OpenNLP models and the settings. */
    public static IntentModel load(Path file) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            Map<String, byte[]> entries = new HashMap<>();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
            if (!entries.keySet().containsAll(List.of(MAXENT_ENTRY, BAYES_ENTRY, SETTINGS_ENTRY))) {
                throw new IOException("not a faqbot intent model (entries: " + entries.keySet() + ")");
            }
            Properties settings = new Properties();
            settings.load(new ByteArrayInputStream(entries.get(SETTINGS_ENTRY)));
            CombinedCategorizer categorizer = new CombinedCategorizer(
                    CombinedCategorizer.model(entries.get(MAXENT_ENTRY)), CombinedCategorizer.model(entries.get(BAYES_ENTRY)),
                    number(settings, "bayesWeight"));
            return new IntentModel(categorizer, new OutOfScopeThreshold(number(settings, "minConfidence")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load intent model " + file, e);
        }
    }

    private static double number(Properties settings, String key) throws IOException {
        try {
            return Double.parseDouble(settings.getProperty(key, ""));
        } catch (NumberFormatException e) {
            throw new IOException("intent model settings lack a number for " + key, e);
        }
    }

    public void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                write(zip, MAXENT_ENTRY, categorizer.maxentBytes());
                write(zip, BAYES_ENTRY, categorizer.bayesBytes());
                write(zip, SETTINGS_ENTRY, settings());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save intent model " + file, e);
        }
    }

    private byte[] settings() throws IOException {
        Properties settings = new Properties();
        settings.setProperty("minConfidence", Double.toString(threshold.minConfidence()));
        settings.setProperty("bayesWeight", Double.toString(categorizer.bayesWeight()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        settings.store(out, "faqbot intent model");
        return out.toByteArray();
    }

    private static void write(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    public IntentScores classify(String text) {
        return classify(TextNormaliser.tokens(text));
    }

    /** As {@link #classify(String)}, for the message's words as {@link TextNormaliser#tokens} makes them. */
    IntentScores classify(String[] words) {
        if (words.length == 0) {
            return new IntentScores(OUT_OF_SCOPE, 1.0, Map.of());
        }
        CombinedCategorizer.Scores scores = categorizer.categorize(IntentFeatures.of(words));
        OutOfScopeThreshold.Observation guess = guess(null, scores);
        Map<String, Double> byName = byName(scores.combined());
        if (threshold.rejects(guess.best(), guess.confidence()) && !OUT_OF_SCOPE.equals(guess.best())) {
            return new IntentScores(OUT_OF_SCOPE, 1 - guess.confidence(), byName);
        }
        return new IntentScores(guess.best(), byName.get(guess.best()), byName);
    }

    /** The combined model's best intent, with the maxent model's confidence (its highest probability). */
    private OutOfScopeThreshold.Observation guess(String gold, CombinedCategorizer.Scores scores) {
        String best = categorizer.category(argmax(scores.combined()));
        return new OutOfScopeThreshold.Observation(gold, best, scores.maxent()[argmax(scores.maxent())]);
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

    double minConfidence() {
        return threshold.minConfidence();
    }

    private Map<String, Double> byName(double[] scores) {
        Map<String, Double> named = new HashMap<>(scores.length * 2);
        for (int i = 0; i < scores.length; i++) {
            named.put(categorizer.category(i), scores[i]);
        }
        return named;
    }

    private List<OutOfScopeThreshold.Observation> observe(IntentTrainingData heldOut) {
        List<OutOfScopeThreshold.Observation> observations = new ArrayList<>();
        heldOut.utterances().forEach((gold, lines) -> lines.forEach(line ->
                observations.add(guess(gold, categorizer.categorize(IntentFeatures.of(TextNormaliser.tokens(line)))))));
        return observations;
    }
}
