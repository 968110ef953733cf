package faqbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Alternative phrases written "a|b c|d*": the group occurs where any one of them occurs. */
final class PhraseGroup {

    private final List<Phrase> alternatives;
    /** The alternatives' first words and word starts as term bits: the group can occur only where one of them does. */
    private final long[] firstWords;
    private final long[] firstStarts;

    private PhraseGroup(List<Phrase> alternatives) {
        this.alternatives = alternatives;
        this.firstWords = firstTerms(alternatives, false);
        this.firstStarts = firstTerms(alternatives, true);
    }

    private static long[] firstTerms(List<Phrase> phrases, boolean starts) {
        int max = phrases.stream().filter(p -> p.startsWithWordStart() == starts).mapToInt(Phrase::firstTerm).max().orElse(-1);
        long[] bits = new long[max < 0 ? 0 : max / 64 + 1];
        for (Phrase phrase : phrases) {
            if (phrase.startsWithWordStart() == starts) {
                bits[phrase.firstTerm() >>> 6] |= 1L << phrase.firstTerm();
            }
        }
        return bits;
    }

    static PhraseGroup parse(String text, String separator, RedFlagTerms.Builder vocabulary) {
        List<Phrase> phrases = Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Phrase.parse(s, vocabulary)).toList();
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("no alternatives in '" + text + "'");
        }
        return new PhraseGroup(phrases);
    }

    /** Every occurrence as [first token, last token]. */
    List<int[]> spansIn(FlagText text) {
        List<int[]> spans = new ArrayList<>(2);
        for (Phrase phrase : alternatives) {
            if (phrase.mayStartIn(text)) {
                phrase.addSpans(text, spans);
            }
        }
        return spans;
    }

    /** False when no alternative can start in the message: a few ANDs of bits, no scan. */
    boolean mayOccurIn(FlagText text) {
        return text.containsAny(firstWords, firstStarts);
    }

    boolean occursIn(FlagText text) {
        for (Phrase phrase : alternatives) {
            if (phrase.occursIn(text)) {
                return true;
            }
        }
        return false;
    }
}
