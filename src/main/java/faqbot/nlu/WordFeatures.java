package faqbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Words plus their Porter stems, so "fractures" and "fractured" share evidence; any word with a digit becomes
 * one shared "number" feature ("set a timer for 25 minutes" is like "for 10 minutes").
 * Public with a no-argument constructor because OpenNLP re-creates feature generators by class name when a model is loaded.
 */
public final class WordFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        PorterStemmer stemmer = new PorterStemmer(); // not thread-safe, so one per call
        List<String> features = new ArrayList<>(tokens.length * 2);
        for (String token : tokens) {
            if (token.chars().anyMatch(Character::isDigit)) {
                features.add("w=<number>");
            } else {
                features.add("w=" + token);
                features.add("s=" + stemmer.stem(token));
            }
        }
        return features;
    }
}
