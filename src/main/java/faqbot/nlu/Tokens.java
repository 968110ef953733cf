package faqbot.nlu;

/**
 * A message's words as {@link TextNormaliser#tokens} makes them, kept as ranges of one char array instead of a
 * String each: the classifier and the red flags read the same words, and only the few that need a name build one.
 * Every word is a run of a-z and 0-9. Made for one call and dropped with it: it holds the visitor's words.
 */
final class Tokens {

    private final char[] chars;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Tokens(char[] chars, int[] starts, int[] ends, int size) {
        this.chars = chars;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    static Tokens of(String text) {
        return of(text, 0, text.length());
    }

    /** The tokens of {@code text.substring(from, to)}. */
    static Tokens of(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                // accents, ligatures, curly apostrophes: only the full normaliser reads those right
                String normalised = TextNormaliser.normalise(text.substring(from, to));
                return ofAscii(normalised, 0, normalised.length());
            }
        }
        return ofAscii(text, from, to);
    }

    /**
     * ASCII text read as the normaliser would: NFKD and mark removal change nothing in ASCII, upper case becomes
     * lower case, ' and ` vanish (joining "can't" into "cant") and anything else that is not a-z or 0-9 separates.
     */
    private static Tokens ofAscii(String text, int from, int end) {
        char[] chars = new char[end - from];
        int[] starts = new int[(end - from + 1) / 2];
        int[] ends = new int[starts.length];
        int length = 0;
        int size = 0;
        boolean inWord = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '`') {
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                if (!inWord) {
                    starts[size] = length;
                    inWord = true;
                }
                chars[length++] = lower;
            } else if (inWord) {
                ends[size++] = length;
                inWord = false;
            }
        }
        if (inWord) {
            ends[size++] = length;
        }
        return new Tokens(chars, starts, ends, size);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The array that holds every token's chars; token {@code i} is {@code [start(i), end(i))} in it. */
    char[] chars() {
        return chars;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    /** Whether token {@code i} is {@code word}. */
    boolean is(int i, String word) {
        int start = starts[i];
        if (ends[i] - start != word.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if (chars[start + j] != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    boolean hasDigit(int i) {
        for (int j = starts[i]; j < ends[i]; j++) {
            if (chars[j] <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Token {@code i} as a String, for the few readers that need one. */
    String get(int i) {
        return new String(chars, starts[i], ends[i] - starts[i]);
    }
}
