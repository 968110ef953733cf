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
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Small helpers to run an analyzer over a string. */
final class Analysis {

    private Analysis() {}

    /** The terms in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        for (Set<String> group : positions(analyzer, field, text)) {
            out.addAll(group);
        }
        return out;
    }

    /**
     * The terms grouped by position: a synonym stacks on the word it stands for, so a group is "one thing the
     * visitor said", in any of its wordings.
     */
    static List<Set<String>> positions(Analyzer analyzer, String field, String text) {
        List<Set<String>> groups = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 || groups.isEmpty()) {
                    groups.add(new LinkedHashSet<>());
                }
                groups.get(groups.size() - 1).add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
        }
        return groups;
    }
}
