package faqbot.nlu;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every word and word start ("numb*") that the red-flag phrases use, as numbered terms in a trie: one walk down a
 * token's chars tells every term it matches, so phrases are matched by bit tests instead of comparing strings, and a
 * pattern none of whose first words is in the message is rejected at once. Immutable; built by a {@link Builder}.
 */
final class RedFlagTerms {

    /** Negations joined as "can not" reads "cant" (and "cannot" always does), so that one phrase covers them all. */
    private static final String[] NEGATABLE = {"can", "cannot", "could", "do", "does", "will", "is", "am", "did"};
    private static final char[][] NEGATED = chars("cant", "cant", "couldnt", "dont", "doesnt", "wont", "isnt", "amnot", "didnt");
    private static final char[] CANT = "cant".toCharArray();
    /** Token chars are a-z and 0-9. */
    private static final int SYMBOLS = 36;

    private final int[] children;
    private final int[] wordAt;
    private final int[] startAt;
    private final int words;
    private final int starts;

    private RedFlagTerms(int[] children, int[] wordAt, int[] startAt, int words, int starts) {
        this.children = children;
        this.wordAt = wordAt;
        this.startAt = startAt;
        this.words = words;
        this.starts = starts;
    }

    private static char[][] chars(String... words) {
        char[][] chars = new char[words.length][];
        for (int i = 0; i < words.length; i++) {
            chars[i] = words[i].toCharArray();
        }
        return chars;
    }

    /** The message's tokens, negations joined, with the terms each matches. */
    FlagText read(Tokens tokens) {
        FlagText text = new FlagText(tokens.size(), words, starts);
        for (int i = 0; i < tokens.size(); i++) {
            int negatable = i + 1 < tokens.size() && tokens.is(i + 1, "not") ? negatable(tokens, i) : -1;
            if (tokens.is(i, "cannot")) {
                mark(CANT, 0, CANT.length, text);
            } else if (negatable >= 0) {
                mark(NEGATED[negatable], 0, NEGATED[negatable].length, text);
                i++;
            } else {
                mark(tokens.chars(), tokens.start(i), tokens.end(i), text);
            }
        }
        return text;
    }

    private static int negatable(Tokens tokens, int i) {
        for (int n = 0; n < NEGATABLE.length; n++) {
            if (tokens.is(i, NEGATABLE[n])) {
                return n;
            }
        }
        return -1;
    }

    /** Adds the token {@code chars[from, to)}: every word start on its path down the trie, and the word it ends at. */
    private void mark(char[] chars, int from, int to, FlagText text) {
        int token = text.add();
        int node = 0;
        for (int i = from; i < to; i++) {
            node = children[node * SYMBOLS + symbol(chars[i])];
            if (node == 0) {
                return;
            }
            if (startAt[node] >= 0) {
                text.startsWith(token, startAt[node]);
            }
        }
        if (wordAt[node] >= 0) {
            text.is(token, wordAt[node]);
        }
    }

    private static int symbol(char c) {
        return c >= 'a' ? c - 'a' : c - '0' + 26;
    }

    /** Numbers the phrases' words while the file is parsed. */
    static final class Builder {
        private final Map<String, Integer> words = new LinkedHashMap<>();
        private final Map<String, Integer> starts = new LinkedHashMap<>();

        /** The term of a normalised whole word. */
        int word(String word) {
            return words.computeIfAbsent(word, w -> words.size());
        }

        /** The term of a normalised word start, "numb" of "numb*". */
        int start(String start) {
            return starts.computeIfAbsent(start, s -> starts.size());
        }

        RedFlagTerms build() {
            Trie trie = new Trie();
            words.forEach(trie::word);
            starts.forEach(trie::start);
            return new RedFlagTerms(trie.children, trie.wordAt, trie.startAt, words.size(), starts.size());
        }
    }

    /** The trie while it grows: node 0 is the root, so a 0 child means none. */
    private static final class Trie {
        private int[] children = new int[SYMBOLS * 64];
        private int[] wordAt = none(64);
        private int[] startAt = none(64);
        private int nodes = 1;

        void word(String word, int term) {
            int node = node(word); // first: it may grow the arrays
            wordAt[node] = term;
        }

        void start(String start, int term) {
            int node = node(start);
            startAt[node] = term;
        }

        private int node(String word) {
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                int slot = node * SYMBOLS + symbol(word.charAt(i));
                if (children[slot] == 0) {
                    int child = grow(); // first: it may replace the arrays
                    children[slot] = child;
                }
                node = children[slot];
            }
            return node;
        }

        private int grow() {
            if (nodes == wordAt.length) {
                children = Arrays.copyOf(children, children.length * 2);
                wordAt = copy(wordAt);
                startAt = copy(startAt);
            }
            return nodes++;
        }

        private static int[] copy(int[] terms) {
            int[] copy = none(terms.length * 2);
            System.arraycopy(terms, 0, copy, 0, terms.length);
            return copy;
        }

        private static int[] none(int size) {
            int[] terms = new int[size];
            Arrays.fill(terms, -1);
            return terms;
        }
    }
}
