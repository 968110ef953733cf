package faqbot.nlu;

import java.util.List;

/** A few words in a row; a word ending in "*" matches any word starting with it ("numb*" → "numbness"). */
record Phrase(List<String> words, List<Boolean> isStart) {

    /** Parses "word", "two words" or "word*"; words are normalised like message text. */
    static Phrase parse(String text) {
        String[] written = text.strip().split("\\s+");
        String[] words = new String[written.length];
        Boolean[] isStart = new Boolean[written.length];
        for (int i = 0; i < written.length; i++) {
            isStart[i] = written[i].endsWith("*");
            words[i] = TextNormaliser.normalise(isStart[i] ? written[i].substring(0, written[i].length() - 1) : written[i]);
            if (words[i].isEmpty() || words[i].contains(" ")) {
                throw new IllegalArgumentException("'" + written[i] + "' is not a single word");
            }
        }
        return new Phrase(List.of(words), List.of(isStart));
    }

    /** Whether the phrase occurs in the message's words starting at {@code start}. */
    boolean occursAt(List<String> message, int start) {
        if (start + words.size() > message.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = message.get(start + i);
            boolean same = isStart.get(i) ? word.startsWith(words.get(i)) : word.equals(words.get(i));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    int length() {
        return words.size();
    }
}
