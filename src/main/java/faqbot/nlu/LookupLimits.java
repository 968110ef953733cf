package faqbot.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How much of a visitor's text the per-word dictionary lookups (spelling in search, typos in entities) may look at,
 * so that no message makes a turn costly (issue 15: one 2,000-letter word cost 16-35 s of typo lookup). A word
 * longer than any word a patient means is nobody's misspelling, and a message gets lookups for its first few
 * distinct words only; every other word is left as typed.
 */
public final class LookupLimits {

    /** Longer than the medical words patients type ("esophagogastroduodenoscopy" is 26 letters). */
    public static final int LONGEST_WORD = 40;
    /** Distinct words a text may have looked up; a question has a handful that are not the content's own. */
    public static final int MOST_LOOKUPS = 6;
    /** Distinct words whose need of a lookup is judged (each a cheap test, but not a free one). */
    public static final int MOST_JUDGED = 64;

    private LookupLimits() {
    }

    /**
     * The distinct words of a text to look up, in order of first occurrence: of the first {@link #MOST_JUDGED}
     * distinct words no longer than {@link #LONGEST_WORD}, at most {@link #MOST_LOOKUPS} that {@code needsLookup}.
     */
    public static List<String> toLookUp(List<String> words, Predicate<String> needsLookup) {
        Set<String> judged = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String word : words) {
            if (judged.size() == MOST_JUDGED || out.size() == MOST_LOOKUPS) {
                break;
            }
            if (word.length() <= LONGEST_WORD && judged.add(word) && needsLookup.test(word)) {
                out.add(word);
            }
        }
        return out;
    }
}
