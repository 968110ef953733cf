package faqbot.nlu;

import java.util.Map;

/**
 * What the intent model thinks of one message.
 *
 * @param intent        the chosen intent; {@link IntentModel#OUT_OF_SCOPE} also when no intent was confident enough
 * @param probability   the probability of {@code intent}; for a below-threshold rejection, 1 minus the confidence
 * @param probabilities every intent's probability (no particular order)
 */
public record IntentScores(String intent, double probability, Map<String, Double> probabilities) {

    public IntentScores {
        probabilities = Map.copyOf(probabilities);
    }

    /** The probability of one intent, 0 if the model does not know it. */
    public double probabilityOf(String name) {
        return probabilities.getOrDefault(name, 0.0);
    }
}
