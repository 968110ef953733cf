package faqbot.nlu;

/**
 * One message's red-flag tokens as the {@link RedFlagTerms} each matches: the whole word it is (if a phrase uses it)
 * and, as bits, the word starts it begins with; plus which terms occur at all, to reject a phrase with one lookup.
 * Made by {@link RedFlagTerms#read}, for one call only.
 */
final class FlagText {

    private final int[] words;
    private final long[] starts;
    private final int startWords;
    private final long[] anyWord;
    private final long[] anyStart;
    private int size;

    FlagText(int capacity, int wordTerms, int startTerms) {
        this.words = new int[capacity];
        this.startWords = (startTerms + 63) / 64;
        this.starts = new long[capacity * startWords];
        this.anyWord = new long[(wordTerms + 63) / 64];
        this.anyStart = new long[startWords];
    }

    /** Adds a token, matching no term yet; returns its position. */
    int add() {
        words[size] = -1;
        return size++;
    }

    void is(int token, int word) {
        words[token] = word;
        anyWord[word >>> 6] |= 1L << word;
    }

    void startsWith(int token, int start) {
        starts[token * startWords + (start >>> 6)] |= 1L << start;
        anyStart[start >>> 6] |= 1L << start;
    }

    int size() {
        return size;
    }

    /** Whether the token is the term: the whole word, or for a word start ({@code start}) a word beginning with it. */
    boolean matches(int token, int term, boolean start) {
        return start ? (starts[token * startWords + (term >>> 6)] & 1L << term) != 0 : words[token] == term;
    }

    /** Whether any token matches any of the terms: whole words and word starts, as bits (shorter arrays are fine). */
    boolean containsAny(long[] words, long[] starts) {
        return intersects(words, anyWord) || intersects(starts, anyStart);
    }

    private static boolean intersects(long[] terms, long[] present) {
        for (int i = 0; i < terms.length; i++) {
            if ((terms[i] & present[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether any token matches the term. */
    boolean contains(int term, boolean start) {
        long[] any = start ? anyStart : anyWord;
        return (any[term >>> 6] & 1L << term) != 0;
    }
}
