package faqbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of "hi, what is kyphoplasty?" that {@link IntentDetector} classifies again, in the order tried: each
 * clause between runs of , . ; : ! ? (when there are at least two), stripped, then a short message without its
 * first word and without its first two.
 */
final class MessageParts {

    /** Clauses tried at most: each is classified again, so a message of many commas must not multiply the work. */
    static final int MOST_CLAUSES = 8;
    /** A message of more words is not tried without its first words: "hi what is kyphoplasty" is short. */
    static final int MOST_WORDS_DROPPED_FROM = 20;
    private static final Pattern CLAUSE_MARKS = Pattern.compile("[,.;:!?]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MessageParts() {
    }

    static List<String> of(String message) {
        List<String> parts = new ArrayList<>();
        String[] clauses = CLAUSE_MARKS.split(message);
        if (clauses.length > 1) {
            Arrays.stream(clauses).map(String::strip).filter(c -> !c.isEmpty()).limit(MOST_CLAUSES).forEach(parts::add);
        }
        String[] words = SPACES.split(message.strip());
        for (int drop = 1; drop <= 2 && drop < words.length && words.length <= MOST_WORDS_DROPPED_FROM; drop++) {
            parts.add(String.join(" ", Arrays.copyOfRange(words, drop, words.length)));
        }
        return parts;
    }
}
