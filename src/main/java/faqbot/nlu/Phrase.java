package faqbot.nlu;

import java.util.List;

/** A few words in a row; a last word ending in "*" matches any word starting with it ("numb*" → "numbness"). */
final class Phrase {

    /** Per word, its term; {@code starts[i]} for a word start ("numb*"), otherwise a whole word. */
    private final int[] terms;
    private final boolean[] starts;

    private Phrase(int[] terms, boolean[] starts) {
        this.terms = terms;
        this.starts = starts;
    }

    /** Parses "word", "two words" or "word*"; words are normalised like message text. */
    static Phrase parse(String text, RedFlagTerms.Builder vocabulary) {
        String[] words = text.strip().split("\\s+");
        int[] terms = new int[words.length];
        boolean[] starts = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            starts[i] = word.endsWith("*");
            String normalised = TextNormaliser.normalise(starts[i] ? word.substring(0, word.length() - 1) : word);
            if (normalised.isEmpty() || normalised.contains(" ")) {
                throw new IllegalArgumentException("'" + word + "' is not a single word");
            }
            terms[i] = starts[i] ? vocabulary.start(normalised) : vocabulary.word(normalised);
        }
        return new Phrase(terms, starts);
    }

    /** Adds every occurrence in the message as [first token, last token]. */
    void addSpans(FlagText text, List<int[]> spans) {
        for (int start = 0; start + terms.length <= text.size(); start++) {
            if (matchesAt(text, start)) {
                spans.add(new int[] {start, start + terms.length - 1});
            }
        }
    }

    boolean occursIn(FlagText text) {
        if (!mayStartIn(text)) {
            return false;
        }
        for (int start = 0; start + terms.length <= text.size(); start++) {
            if (matchesAt(text, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(FlagText text, int start) {
        for (int i = 0; i < terms.length; i++) {
            if (!text.matches(start + i, terms[i], starts[i])) {
                return false;
            }
        }
        return true;
    }

    int firstTerm() {
        return terms[0];
    }

    /** Whether the first word is a word start ("numb*"), whose term is numbered apart from whole words. */
    boolean startsWithWordStart() {
        return starts[0];
    }

    /** Whether the phrase could start in the message: false when no token is its first word (or starts like it). */
    boolean mayStartIn(FlagText text) {
        return text.contains(terms[0], starts[0]);
    }
}
