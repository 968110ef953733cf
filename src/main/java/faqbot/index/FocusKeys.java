package faqbot.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Names as exact keys of their analyzed words ("Breast Cancers" → "breast cancer"), and the runs of words of a
 * question that could be such a name. Both sides are analyzed alike, so a key matches whatever the inflection.
 */
public final class FocusKeys {

    /** Names longer than this are not matched as a whole (few are). */
    public static final int MAX_WORDS = 6;

    private static final Analyzer WORDS = new EnglishTextAnalyzer();

    private FocusKeys() {}

    /** The name's key, empty when it has no content words (e.g. "ALL" is a stop word). */
    public static String key(String name) {
        List<String> terms = terms(name);
        return terms.size() > MAX_WORDS ? "" : String.join(" ", terms);
    }

    /** Every run of one to {@link #MAX_WORDS} consecutive content words of the text, as keys. */
    public static List<String> runs(String text) {
        List<String> terms = terms(text);
        List<String> runs = new ArrayList<>();
        for (int start = 0; start < terms.size(); start++) {
            for (int end = start + 1; end <= Math.min(terms.size(), start + MAX_WORDS); end++) {
                runs.add(String.join(" ", terms.subList(start, end)));
            }
        }
        return runs;
    }

    private static List<String> terms(String text) {
        return AnalyzedTerms.of(WORDS, IndexFields.FOCUS, text);
    }
}
