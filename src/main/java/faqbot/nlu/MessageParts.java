package faqbot.nlu;

import java.util.Arrays;

/**
 * Where the parts of "hi, what is kyphoplasty?" lie that {@link IntentDetector} classifies again: each clause
 * between runs of , . ; : ! ? (when there are at least two), stripped, then the message without its first word and
 * without its first two. Found as ranges of the message rather than by regular expressions and joined copies: the
 * tokens of a range are those of the part (whitespace, like the punctuation, only separates words).
 */
final class MessageParts {

    /** Clauses tried at most: each is classified again, so a message of many commas must not multiply the work. */
    static final int MOST_CLAUSES = 8;

    private MessageParts() {
    }

    /** The parts in the order they are tried, as {from, to, from, to, ...}. */
    static int[] of(String message) {
        Ranges parts = new Ranges();
        clauses(message, parts);
        dropFirstWords(message, parts);
        return parts.toArray();
    }

    /**
     * As {@code message.split("[,.;:!?]+")} then strip, dropping blank clauses: a leading empty clause counts, trailing
     * empty ones do not; with fewer than two clauses there is nothing to split off.
     */
    private static void clauses(String message, Ranges parts) {
        Ranges clauses = new Ranges();
        int start = 0;
        for (int i = 0; i < message.length(); i++) {
            if (isClauseMark(message.charAt(i))) {
                clauses.add(start, i);
                while (i + 1 < message.length() && isClauseMark(message.charAt(i + 1))) {
                    i++;
                }
                start = i + 1;
            }
        }
        clauses.add(start, message.length());
        clauses.dropTrailingEmpty();
        if (clauses.size() < 2) {
            return;
        }
        for (int c = 0; c < clauses.size() && parts.size() < MOST_CLAUSES; c++) {
            int from = stripStart(message, clauses.from(c), clauses.to(c));
            int to = stripEnd(message, from, clauses.to(c));
            if (from < to) {
                parts.add(from, to);
            }
        }
    }

    /** As {@code message.strip().split("\\s+")} then joining all but the first one or two words with spaces. */
    private static void dropFirstWords(String message, Ranges parts) {
        int from = stripStart(message, 0, message.length());
        int to = stripEnd(message, from, message.length());
        int at = from;
        for (int drop = 1; drop <= 2; drop++) {
            while (at < to && !isSpace(message.charAt(at))) {
                at++;
            }
            while (at < to && isSpace(message.charAt(at))) {
                at++;
            }
            if (at >= to) {
                return;
            }
            parts.add(at, to);
        }
    }

    private static boolean isClauseMark(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    /** Regular expressions' \s: ASCII whitespace only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** As String.strip, whose whitespace is Character.isWhitespace (no supplementary character is whitespace). */
    private static int stripStart(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int stripEnd(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** A growing list of [from, to) ranges. */
    private static final class Ranges {
        private int[] bounds = new int[8];
        private int size;

        void add(int from, int to) {
            if (2 * size + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * size] = from;
            bounds[2 * size + 1] = to;
            size++;
        }

        void dropTrailingEmpty() {
            while (size > 0 && from(size - 1) == to(size - 1)) {
                size--;
            }
        }

        int size() {
            return size;
        }

        int from(int i) {
            return bounds[2 * i];
        }

        int to(int i) {
            return bounds[2 * i + 1];
        }

        int[] toArray() {
            return Arrays.copyOf(bounds, 2 * size);
        }
    }
}
