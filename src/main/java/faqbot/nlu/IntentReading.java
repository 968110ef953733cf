package faqbot.nlu;

import java.util.Map;

/**
 * What the intent model thinks of one message, as {@link IntentScores} says it but with the probabilities by
 * category index: the detector reads two of them, and a map by name for every message was needless garbage.
 */
final class IntentReading {

    private final String intent;
    private final double probability;
    /** By the model's category index; empty for a message without words, which has no probabilities. */
    private final double[] probabilities;
    private final IntentModel model;

    IntentReading(String intent, double probability, double[] probabilities, IntentModel model) {
        this.intent = intent;
        this.probability = probability;
        this.probabilities = probabilities;
        this.model = model;
    }

    String intent() {
        return intent;
    }

    double probability() {
        return probability;
    }

    /** As {@link IntentScores#probabilityOf}: 0 for an intent the model does not know, or without words. */
    double probabilityOf(String name) {
        int index = model.index(name);
        return index < 0 || index >= probabilities.length ? 0.0 : probabilities[index];
    }

    IntentScores scores() {
        Map<String, Double> named = probabilities.length == 0 ? Map.of() : model.byName(probabilities);
        return new IntentScores(intent, probability, named);
    }
}
