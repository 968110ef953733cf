package faqbot.nlu;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- to 5-grams inside each word (padded with "_"), so misspellings ("kyphoplsty") still share most features.
 * Public with a no-argument constructor because OpenNLP re-creates feature generators by class name when a model is loaded.
 */
public final class CharNgramFeatures implements FeatureGenerator {

    private static final int MIN = 3;
    private static final int MAX = 5;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Set<String> features = new LinkedHashSet<>();
        for (String token : tokens) {
            String padded = "_" + token + "_";
            for (int n = MIN; n <= MAX; n++) {
                for (int start = 0; start + n <= padded.length(); start++) {
                    features.add("c=" + padded.substring(start, start + n));
                }
            }
        }
        return features;
    }
}
