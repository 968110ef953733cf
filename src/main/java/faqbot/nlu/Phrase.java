package faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A few words in a row; a last word ending in "*" matches any word starting with it ("numb*" → "numbness"). */
record Phrase(List<String> words) {

    /** Parses "word", "two words" or "word*"; words are normalised like message text. */
    static Phrase parse(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            boolean prefix = word.endsWith("*");
            String normalised = TextNormaliser.normalise(prefix ? word.substring(0, word.length() - 1) : word);
            if (normalised.isEmpty() || normalised.contains(" ")) {
                throw new IllegalArgumentException("'" + word + "' is not a single word");
            }
            words.add(prefix ? normalised + "*" : normalised);
        }
        return new Phrase(List.copyOf(words));
    }

    /** Start positions of every occurrence in the tokens. */
    List<Integer> startsIn(List<String> tokens) {
        List<Integer> starts = null; // most phrases occur in no message: nothing is allocated for them
        for (int start = 0; start + words.size() <= tokens.size(); start++) {
            if (matchesAt(tokens, start)) {
                if (starts == null) {
                    starts = new ArrayList<>();
                }
                starts.add(start);
            }
        }
        return starts == null ? List.of() : starts;
    }

    private boolean matchesAt(List<String> tokens, int start) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String token = tokens.get(start + i);
            // "numb*": the token starts with "numb" (compared in place: this runs for every pattern on every message)
            boolean ok = word.endsWith("*") ? token.regionMatches(0, word, 0, word.length() - 1) : token.equals(word);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the phrase could start in a message: false when no token is its first word (or starts like it).
     * {@code words} is the set of the tokens, for a lookup instead of a scan.
     */
    boolean mayStartIn(List<String> tokens, Set<String> words) {
        String first = this.words.get(0);
        if (!first.endsWith("*")) {
            return words.contains(first);
        }
        for (String token : tokens) {
            if (token.regionMatches(0, first, 0, first.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    int length() {
        return words.size();
    }
}
