package faqbot.nlu;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * The POS model's predicates by the feature that names them ("suf=", "w=", "t2=" ...), so that a token's are found
 * by its affixes and its word alone, without building each predicate's name. Immutable.
 */
final class PosPredicates {

    /** The one predicate without a value: OpenNLP's outcome prior feature, which every position has. */
    private static final String OUTCOME_PRIOR = "def";

    private final Map<String, Map<String, Context>> byFeature;
    private final String[] outcomes;
    /** Where every position's scores start: GIS's uniform prior, log(1 / outcomes), plus the def feature. */
    private final double[] prior;

    PosPredicates(GISModel model) {
        Object[] data = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        this.prior = new double[outcomes.length];
        Arrays.fill(prior, StrictMath.log(1.0 / outcomes.length));
        add(predicates.get(OUTCOME_PRIOR), prior);
        this.byFeature = byFeature(predicates);
    }

    /** "suf=ing" is filed under "suf=" as "ing": the feature's name ends at its first '='. */
    private static Map<String, Map<String, Context>> byFeature(Map<String, Context> predicates) {
        Map<String, Map<String, Context>> byFeature = new HashMap<>();
        predicates.forEach((name, parameters) -> {
            int value = name.indexOf('=') + 1;
            byFeature.computeIfAbsent(name.substring(0, value), f -> new HashMap<>()).put(name.substring(value), parameters);
        });
        Map<String, Map<String, Context>> copy = new HashMap<>();
        byFeature.forEach((feature, values) -> copy.put(feature, Map.copyOf(values)));
        return Map.copyOf(copy);
    }

    /** The parameters of the predicate feature + value ("suf=" + "ing"), or null if the model has no such predicate. */
    Context get(String feature, String value) {
        return byFeature.getOrDefault(feature, Map.of()).get(value);
    }

    /** The values the feature has in the model: for "w=", the words it knows. */
    Iterable<String> values(String feature) {
        return byFeature.getOrDefault(feature, Map.of()).keySet();
    }

    String[] outcomes() {
        return outcomes.clone();
    }

    /** A fresh copy of the scores every position starts from. */
    double[] prior() {
        return prior.clone();
    }

    /** GIS's sumFeatures for one feature (of value 1, so each parameter is added as it is); null adds nothing. */
    static void add(Context feature, double[] scores) {
        if (feature == null) {
            return;
        }
        int[] outcomes = feature.getOutcomes();
        double[] parameters = feature.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
            scores[outcomes[k]] += parameters[k];
        }
    }
}
