package faqbot.search;

import faqbot.index.AnalyzedTerms;
import faqbot.index.IndexFields;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * What the visitor asked, as weighted groups of terms (a word with its synonyms), able to say how much of it any
 * text covers. Scoring a sentence costs only that sentence's length, never the corpus size.
 */
public final class QuestionTerms {

    private final List<Set<String>> groups;
    private final double[] weights;
    private final Analyzer passageAnalyzer;

    /** No words at all: covers nothing. */
    static final QuestionTerms NONE = new QuestionTerms(List.of(), new double[0], null);

    /** @param groups each word's terms, as {@link Analysis#groupsByWord} makes them */
    QuestionTerms(List<Set<String>> groups, double[] weights, Analyzer passageAnalyzer) {
        this.groups = groups;
        this.weights = weights.clone();
        this.passageAnalyzer = passageAnalyzer;
    }

    /** These words followed by more, each keeping its own weight. */
    QuestionTerms and(QuestionTerms more) {
        List<Set<String>> all = new java.util.ArrayList<>(groups);
        all.addAll(more.groups);
        double[] allWeights = java.util.Arrays.copyOf(weights, weights.length + more.weights.length);
        System.arraycopy(more.weights, 0, allWeights, weights.length, more.weights.length);
        return new QuestionTerms(List.copyOf(all), allWeights, passageAnalyzer);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /**
     * The terms of a passage's text as questions are matched against them; the same for every question and index
     * generation, so callers may keep them.
     */
    public Set<String> termsOf(String text) {
        return passageAnalyzer == null ? Set.of() : Set.copyOf(AnalyzedTerms.of(passageAnalyzer, IndexFields.BODY, text));
    }

    /** Every term of the question, in any of its wordings. */
    Set<String> terms() {
        Set<String> all = new HashSet<>();
        groups.forEach(all::addAll);
        return all;
    }

    /** Share of the question's weight among the terms present (a passage's, or a text's from {@link #termsOf}), 0..1. */
    /** Whether any of the words weighs anything: else every passage covers none of them, and coverage says nothing. */
    boolean weighs() {
        for (double weight : weights) {
            if (weight > 0) {
                return true;
            }
        }
        return false;
    }

    public double coverage(Set<String> present) {
        double total = 0;
        double matched = 0;
        for (int i = 0; i < groups.size(); i++) {
            total += weights[i];
            if (groups.get(i).stream().anyMatch(present::contains)) {
                matched += weights[i];
            }
        }
        return total == 0 ? 0 : matched / total;
    }
}
