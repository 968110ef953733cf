package faqbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Small helpers to run an analyzer over a string. */
final class Analysis {

    private Analysis() {}

    /**
     * The terms grouped by the typed word they stand for, with every synonym whose matched span covers that word:
     * a group is "one thing the visitor said", in any of its wordings. The text is words separated by single spaces.
     * Words that yield no term (stop words) yield no group.
     */
    static List<WordGroup> groupsByWord(Analyzer analyzer, String field, String spacedWords) {
        List<int[]> spans = wordSpans(spacedWords);
        List<Set<String>> groups = new ArrayList<>();
        spans.forEach(s -> groups.add(new LinkedHashSet<>()));
        try (TokenStream tokens = analyzer.tokenStream(field, spacedWords)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                for (int i = 0; i < spans.size(); i++) {
                    int[] w = spans.get(i);
                    if (offset.startOffset() <= w[0] && w[1] <= offset.endOffset()) {
                        groups.get(i).add(term.toString());
                    }
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
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
