package faqbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Alternative phrases written "a|b c|d*": the group occurs where any one of them occurs. */
record PhraseGroup(List<Phrase> alternatives) {

    static PhraseGroup parse(String text, String separator) {
        List<Phrase> phrases = Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                .map(Phrase::parse).toList();
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("no alternatives in '" + text + "'");
        }
        return new PhraseGroup(phrases);
    }

    /** Every occurrence as [first token, last token]; {@code words} is the set of the tokens. */
    List<int[]> spansIn(List<String> tokens, Set<String> words) {
        List<int[]> spans = new ArrayList<>(2);
        for (Phrase phrase : alternatives) {
            if (!phrase.mayStartIn(tokens, words)) {
                continue;
            }
            for (int start : phrase.startsIn(tokens)) {
                spans.add(new int[] {start, start + phrase.length() - 1});
            }
        }
        return spans;
    }

    /** False when no alternative can start in a message with these words: a set lookup, no scan. */
    boolean mayOccurIn(List<String> tokens, Set<String> words) {
        for (Phrase phrase : alternatives) {
            if (phrase.mayStartIn(tokens, words)) {
                return true;
            }
        }
        return false;
    }

    boolean occursIn(List<String> tokens, Set<String> words) {
        for (Phrase phrase : alternatives) {
            if (phrase.mayStartIn(tokens, words) && !phrase.startsIn(tokens).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
