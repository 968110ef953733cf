package faqbot.nlu;

import java.util.Arrays;
import java.util.List;

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

    /** Whether one of the phrases lies wholly within the words {@code [from, to)}. */
    boolean occursWithin(List<String> message, int from, int to) {
        for (Phrase phrase : alternatives) {
            for (int start = from; start + phrase.length() <= to; start++) {
                if (phrase.occursAt(message, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the phrases occurs anywhere in the message. */
    boolean occursIn(List<String> message) {
        return occursWithin(message, 0, message.size());
    }
}
