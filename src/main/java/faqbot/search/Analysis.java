package faqbot.search;

import faqbot.index.AnalyzedTerms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** Small helpers to run an analyzer over a string. */
final class Analysis {

    private Analysis() {}

    /** The terms in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        return AnalyzedTerms.of(analyzer, field, text);
    }

    /**
     * The terms grouped by the typed word they stand for, with every synonym whose matched span covers that word:
     * a group is "one thing the visitor said", in any of its wordings. The text is words separated by single spaces.
     * Words that yield no term (stop words) yield no group.
     */
    static List<WordGroup> groupsByWord(TokenGraph tokens, String spacedWords) {
        List<int[]> spans = wordSpans(spacedWords);
        List<Set<String>> groups = new ArrayList<>();
        spans.forEach(s -> groups.add(new LinkedHashSet<>()));
        for (TokenGraph.Token token : tokens.tokens()) {
            for (int i = 0; i < spans.size(); i++) {
                int[] w = spans.get(i);
                if (token.start() <= w[0] && w[1] <= token.end()) {
                    groups.get(i).add(token.term());
                }
            }
        }
        List<WordGroup> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (!groups.get(i).isEmpty()) {
                out.add(new WordGroup(i, groups.get(i)));
            }
        }
        return out;
    }

    /** The terms standing for the typed word at index {@code word}. */
    record WordGroup(int word, Set<String> terms) {}

    private static List<int[]> wordSpans(String spacedWords) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= spacedWords.length(); i++) {
            if (i == spacedWords.length() || spacedWords.charAt(i) == ' ') {
                if (i > start) {
                    spans.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return spans;
    }
}
