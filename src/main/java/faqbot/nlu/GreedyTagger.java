package faqbot.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;

/**
 * OpenNLP's POS tagger searched with a beam of 1, worked out straight from the maxent model's parameters: the
 * same tags as {@code BeamSearch(1)} over the model factory's context generator, at a fraction of the cost, since
 * no feature string is made per position, nor looked up again for each of the ±2 positions that use it.
 *
 * <p>It reproduces the features that the model's descriptor (generator.featuregen in the model file) asks for, in
 * the order that its generators add them: def; suf= and pre= of up to 4 characters; w= and the words around (p1w=,
 * p2w=, n1w=, n2w=); S=begin, p1S=begin or p2S=begin near the start; wc= and w&amp;c=; t= and t2= of the tags
 * already given. A maxent score is a sum over these features, and each outcome's is summed in that order, so the
 * scores are the very doubles OpenNLP gets. FastTaggerTest holds it to OpenNLP's tags.
 *
 * <p>Immutable, so thread-safe. It keeps nothing of the words it tags: only the model's own words are prepared.
 */
final class GreedyTagger {

    /**
     * Below this gap between the two best scores, exp() could round them to the same probability (see best()). The
     * scores are sums of a few dozen parameters of at most about 10, so a gap above it keeps their order in exp().
     */
    private static final double NEAR_TIE = 1e-9;

    private final String[] outcomes;
    /** S=begin, p1S=begin, p2S=begin: the first three positions know how far they are from the start. */
    private final Context[] start;
    /** t= of the previous tag, and t2= of the two previous tags, by outcome index. */
    private final Context[] afterTag;
    private final Context[][] afterTags;
    /** The features of each word the model knows (about 4,000), prepared once; other tokens' are worked out per call. */
    private final Map<String, TokenFeatures> vocabulary;
    private final PosPredicates predicates;

    private GreedyTagger(PosPredicates predicates) {
        this.predicates = predicates;
        this.outcomes = predicates.outcomes();
        this.start = new Context[] {predicates.get("S=", "begin"), predicates.get("p1S=", "begin"),
                predicates.get("p2S=", "begin")};
        this.afterTag = new Context[outcomes.length];
        this.afterTags = new Context[outcomes.length][outcomes.length];
        for (int a = 0; a < outcomes.length; a++) {
            afterTag[a] = predicates.get("t=", outcomes[a]);
            for (int b = 0; b < outcomes.length; b++) {
                afterTags[a][b] = predicates.get("t2=", outcomes[a] + "," + outcomes[b]);
            }
        }
        this.vocabulary = vocabulary(predicates);
    }

    /**
     * The tagger for a POS model of the kind this class reproduces: a GIS model (its prior uniform) and no tag
     * dictionary, so that OpenNLP's sequence validator accepts every tag.
     */
    static GreedyTagger of(POSModel model) {
        if (!(model.getArtifact("pos.model") instanceof GISModel gis)) {
            throw new IllegalStateException("the POS model's classifier is not a GIS maxent model");
        }
        if (model.getFactory().getTagDictionary() != null) {
            throw new IllegalStateException("the POS model has a tag dictionary, which this tagger does not apply");
        }
        return new GreedyTagger(new PosPredicates(gis));
    }

    /** The words of the w=, p1w=, p2w=, n1w= and n2w= predicates, each with all its features. */
    private static Map<String, TokenFeatures> vocabulary(PosPredicates predicates) {
        Map<String, TokenFeatures> words = new HashMap<>();
        for (String feature : List.of("w=", "p1w=", "p2w=", "n1w=", "n2w=")) {
            for (String word : predicates.values(feature)) {
                words.computeIfAbsent(word, w -> TokenFeatures.of(w, predicates));
            }
        }
        return Map.copyOf(words);
    }

    /** One tag per token, as OpenNLP's POSTaggerME with a beam of 1 gives them. */
    List<String> tag(List<String> tokens) {
        TokenFeatures[] features = new TokenFeatures[tokens.size()];
        for (int i = 0; i < features.length; i++) {
            TokenFeatures known = vocabulary.get(tokens.get(i));
            features[i] = known != null ? known : TokenFeatures.of(tokens.get(i), predicates);
        }
        String[] tags = new String[features.length];
        double[] scores = new double[outcomes.length];
        int previous = -1;
        int beforePrevious = -1;
        for (int i = 0; i < features.length; i++) {
            score(features, i, previous, beforePrevious, scores);
            beforePrevious = previous;
            previous = best(scores);
            tags[i] = outcomes[previous];
        }
        return List.of(tags);
    }

    /** The outcomes' log scores (unnormalised) at position i, the features summed in OpenNLP's order. */
    private void score(TokenFeatures[] features, int i, int previous, int beforePrevious, double[] scores) {
        System.arraycopy(features[i].own, 0, scores, 0, scores.length);
        if (i >= 1) {
            PosPredicates.add(features[i - 1].previous1, scores);
        }
        if (i >= 2) {
            PosPredicates.add(features[i - 2].previous2, scores);
        }
        if (i + 1 < features.length) {
            PosPredicates.add(features[i + 1].next1, scores);
        }
        if (i + 2 < features.length) {
            PosPredicates.add(features[i + 2].next2, scores);
        }
        if (i < start.length) {
            PosPredicates.add(start[i], scores);
        }
        for (Context kind : features[i].kind) {
            PosPredicates.add(kind, scores);
        }
        if (i >= 1) {
            PosPredicates.add(afterTag[previous], scores);
        }
        if (i >= 2) {
            PosPredicates.add(afterTags[beforePrevious][previous], scores);
        }
    }

    /**
     * The outcome a beam of 1 keeps: the most probable, and of equally probable ones the first (the beam's priority
     * queue keeps the first of equals at its head). The highest score is the most probable unless two scores are so
     * close that exp() may round them to the same probability; then the probabilities are worked out as GIS does.
     */
    static int best(double[] scores) {
        int best = 0;
        double runnerUp = Double.NEGATIVE_INFINITY;
        for (int o = 1; o < scores.length; o++) {
            if (scores[o] > scores[best]) {
                runnerUp = scores[best];
                best = o;
            } else if (scores[o] > runnerUp) {
                runnerUp = scores[o];
            }
        }
        return scores[best] - runnerUp > NEAR_TIE ? best : mostProbable(scores);
    }

    /** GISModel.eval's normalisation, then BeamSearch's choice: the first outcome of the highest probability. */
    private static int mostProbable(double[] scores) {
        double[] probabilities = new double[scores.length];
        double normal = 0;
        for (int o = 0; o < scores.length; o++) {
            probabilities[o] = StrictMath.exp(scores[o]);
            normal += probabilities[o];
        }
        int best = 0;
        for (int o = 0; o < scores.length; o++) {
            probabilities[o] /= normal;
            if (probabilities[o] > probabilities[best]) {
                best = o;
            }
        }
        return best;
    }
}
