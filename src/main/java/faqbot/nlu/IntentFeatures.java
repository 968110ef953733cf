package faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/** The feature strings of a message's words, made once per message for both intent models. */
final class IntentFeatures {

    private static final FeatureGenerator[] GENERATORS = Training.features();

    private IntentFeatures() {
    }

    /** What OpenNLP's DocumentCategorizerME would make of the words with the model's generators, in their order. */
    static String[] of(String[] words) {
        List<String> features = new ArrayList<>();
        for (FeatureGenerator generator : GENERATORS) {
            features.addAll(generator.extractFeatures(words, Map.of()));
        }
        return features.toArray(String[]::new);
    }
}
