package faqbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Word pairs with one word between them ("cancel * reservation"), which survive a varying middle word.
 * Public with a no-argument constructor because OpenNLP re-creates feature generators by class name when a model is loaded.
 */
public final class SkipBigramFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(Math.max(0, tokens.length - 2));
        for (int i = 0; i + 2 < tokens.length; i++) {
            features.add("k=" + tokens[i] + "_" + tokens[i + 2]);
        }
        return features;
    }
}
