package faqbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Adjacent word pairs, with sentence start and end marks, so word order ("how much" vs "much how") counts.
 * Public with a no-argument constructor because OpenNLP re-creates feature generators by class name when a model is loaded.
 */
public final class WordBigramFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length + 1);
        String previous = "<s>";
        for (String token : tokens) {
            features.add("b=" + previous + "_" + token);
            previous = token;
        }
        features.add("b=" + previous + "_</s>");
        return features;
    }
}
