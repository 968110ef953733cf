package faqbot.nlu;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * The listed words a misspelling may stand for, found without comparing it to every listed word: each listed word is
 * filed under every string left by deleting up to two of its letters, and a typed word is looked up under its own
 * deletions (symmetric deletion, as SymSpell does). Two words within two edits (insertions, deletions, substitutions,
 * swaps of neighbours) always share such a string, so nothing within reach is missed. Fast enough that no typed word
 * needs to be kept to save the work.
 */
final class TypoIndex {

    private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();
    private static final int MAX_EDITS = 2;
    /** Lucene's distance is a float: one edit in six letters comes out as 0.16666669, over 1/6 in double. */
    private static final double FLOAT_SLACK = 1e-6;

    /** Listed words shorter than this are too easily mistaken for one another to be read into a typo. */
    private final int minLength;
    /** Below this length (of the longer word) one edit is tolerated, from it two. */
    private final int twoEditLength;
    private final Map<String, Set<String>> byDeletion = new HashMap<>();
    /** A typed word longer than this is more than two edits from every listed word: it is not looked up at all. */
    private final int longestReachable;

    TypoIndex(Set<String> words, int minLength, int twoEditLength) {
        this.minLength = minLength;
        this.twoEditLength = twoEditLength;
        this.longestReachable = words.stream().mapToInt(String::length).filter(n -> n >= minLength).max().orElse(-MAX_EDITS) + MAX_EDITS;
        for (String word : words) {
            if (word.length() >= minLength) {
                for (String deleted : deletions(word)) {
                    byDeletion.computeIfAbsent(deleted, d -> new HashSet<>()).add(word);
                }
            }
        }
    }

    /** The listed word the typed one is nearest to, within the edits its length allows; fewest edits, then A-Z. */
    Optional<String> nearest(String typed) {
        if (typed.length() > longestReachable) {
            return Optional.empty(); // and no deletions made: their number grows with the square of the length
        }
        Set<String> candidates = new HashSet<>();
        for (String deleted : deletions(typed)) {
            candidates.addAll(byDeletion.getOrDefault(deleted, Set.of()));
        }
        return candidates.stream().filter(known -> withinReach(typed, known))
                .min(Comparator.comparingDouble((String known) -> distance(typed, known)).thenComparing(Comparator.naturalOrder()));
    }

    /** How many deletion strings {@link #nearest} looks up for the typed word: at most about (longest listed word)². */
    int probes(String typed) {
        return typed.length() > longestReachable ? 0 : deletions(typed).size();
    }

    /** Lucene's spell-checking distance (a swap of neighbours is one edit; edits per letter of the shorter word). */
    private static double distance(String typed, String known) {
        return 1 - DISTANCE.getDistance(typed, known);
    }

    private boolean withinReach(String typed, String known) {
        int longer = Math.max(typed.length(), known.length());
        int edits = longer < twoEditLength ? 1 : MAX_EDITS;
        return distance(typed, known) <= (double) edits / longer + FLOAT_SLACK;
    }

    /** The word and every string left by deleting one or two of its letters. */
    private static Set<String> deletions(String word) {
        Set<String> out = new HashSet<>();
        out.add(word);
        for (String once : deleteOne(word)) {
            out.add(once);
            out.addAll(deleteOne(once));
        }
        return out;
    }

    private static List<String> deleteOne(String word) {
        List<String> out = new java.util.ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }
}
