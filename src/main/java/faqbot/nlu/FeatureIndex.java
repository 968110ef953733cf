package faqbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * A message's known intent features, as ids, without building their names: the ids that the generators of
 * {@link Training#features()} would give, in the same order, for the features the model knows (the others count
 * for nothing, so they are left out). Building a String for every word, pair and character 4-gram was most of a
 * message's classifying cost. Words of the model's vocabulary (those its w=, b= and k= features name) carry their
 * word features and 4-grams worked out when the model loads; pairs are looked up by the two words' numbers and
 * 4-grams by a code of their four chars. Only a word outside the vocabulary is stemmed per message, as the
 * generator does. Immutable once built, so shared by every thread; holds only the model's own feature names.
 */
final class FeatureIndex {

    /** Word numbers of the pair features' sentence marks, "b=&lt;s&gt;_word" and "b=word_&lt;/s&gt;". */
    private static final int START = 0;
    private static final int END = 1;
    private static final int FIRST_WORD = 2;
    private static final long BIGRAM = 0;
    private static final long SKIP_BIGRAM = 1;
    /** {@link CharNgramFeatures}' n, and its pad; the code's base is one more than the 36 word chars. */
    private static final int N = 4;
    private static final char PAD = '_';
    private static final int BASE = 37;

    private final WordTable words;
    /** Per word number: its word features' ids (w= and s=, or w=&lt;number&gt;), those known, in the generator's order. */
    private final int[][] wordFeatures;
    /** Per word number: its known 4-grams' ids in the generator's order (repeats included: a message drops them). */
    private final int[][] wordNgrams;
    /** s= ids by stem, for the words outside the vocabulary. */
    private final WordTable stems;
    private final int number;
    private final KeyTable pairs;
    private final KeyTable ngrams;

    /** From every known feature's name to its id. */
    FeatureIndex(Map<String, Integer> featureIds) {
        Map<String, Integer> vocabulary = new HashMap<>();
        Map<String, Integer> stemIds = new HashMap<>();
        List<String[]> pairNames = new ArrayList<>();
        this.ngrams = new KeyTable(featureIds.size());
        int numberId = -1;
        for (Map.Entry<String, Integer> feature : featureIds.entrySet()) {
            String name = feature.getKey();
            String value = name.substring(Math.min(2, name.length()));
            if (name.equals("w=<number>")) {
                numberId = feature.getValue();
            } else if (name.startsWith("w=") && isWord(value)) {
                vocabulary.putIfAbsent(value, FIRST_WORD + vocabulary.size());
            } else if (name.startsWith("s=")) {
                stemIds.put(value, feature.getValue());
            } else if (name.startsWith("b=") || name.startsWith("k=")) {
                String[] pair = pair(name, value);
                if (pair != null) {
                    pairNames.add(pair);
                    addWords(vocabulary, pair);
                }
            } else if (name.startsWith("c=") && isNgram(value)) {
                ngrams.put(code(value), feature.getValue());
            }
        }
        this.number = numberId;
        this.words = new WordTable(vocabulary);
        this.stems = new WordTable(stemIds);
        this.pairs = new KeyTable(pairNames.size());
        for (String[] pair : pairNames) {
            long kind = pair[0].equals("b=") ? BIGRAM : SKIP_BIGRAM;
            pairs.put(pairKey(kind, wordNumber(vocabulary, pair[1]), wordNumber(vocabulary, pair[2])),
                    featureIds.get(pair[0] + pair[1] + "_" + pair[2]));
        }
        this.wordFeatures = new int[FIRST_WORD + vocabulary.size()][];
        this.wordNgrams = new int[wordFeatures.length][];
        vocabulary.forEach((word, n) -> {
            wordFeatures[n] = featuresOf(word, featureIds);
            wordNgrams[n] = ngramsOf(word);
        });
    }

    /** "b=left_right" as {"b=", left, right}, or null for a name the generators cannot make. */
    private static String[] pair(String name, String value) {
        int bar = value.indexOf('_');
        if (bar < 0 || value.indexOf('_', bar + 1) >= 0) {
            return null;
        }
        String left = value.substring(0, bar);
        String right = value.substring(bar + 1);
        boolean bigram = name.startsWith("b=");
        boolean leftOk = isWord(left) || bigram && left.equals("<s>");
        boolean rightOk = isWord(right) || bigram && right.equals("</s>");
        return leftOk && rightOk ? new String[] {name.substring(0, 2), left, right} : null;
    }

    private static void addWords(Map<String, Integer> vocabulary, String[] pair) {
        for (int side = 1; side <= 2; side++) {
            if (isWord(pair[side])) {
                vocabulary.putIfAbsent(pair[side], FIRST_WORD + vocabulary.size());
            }
        }
    }

    private static int wordNumber(Map<String, Integer> vocabulary, String word) {
        return switch (word) {
            case "<s>" -> START;
            case "</s>" -> END;
            default -> vocabulary.get(word);
        };
    }

    /** What {@link WordFeatures} makes of the word, those the model knows. */
    private int[] featuresOf(String word, Map<String, Integer> featureIds) {
        List<Integer> ids = new ArrayList<>(2);
        if (hasDigit(word)) {
            ids.add(number);
        } else {
            ids.add(featureIds.getOrDefault("w=" + word, -1));
            ids.add(featureIds.getOrDefault("s=" + new PorterStemmer().stem(word), -1));
        }
        return ids.stream().mapToInt(Integer::intValue).filter(id -> id >= 0).toArray();
    }

    private int[] ngramsOf(String word) {
        char[] chars = word.toCharArray();
        int[] found = new int[Math.max(0, chars.length - 1)];
        int count = chars.length < N ? 0 : ngramIds(chars, 0, chars.length, found, 0, null);
        return Arrays.copyOf(found, count);
    }

    /**
     * Writes the message's known feature ids into {@code ids} (at least {@link #capacity(Tokens)} long) in the
     * generators' order, word features, pairs, skip pairs, then 4-grams without repeats, and returns how many.
     */
    int find(Tokens tokens, int[] ids) {
        int[] numbers = new int[tokens.size()];
        int count = wordFeatures(tokens, numbers, ids);
        count = pairs(numbers, ids, count);
        return ngrams(tokens, numbers, ids, count);
    }

    /** An upper bound of {@link #find}'s count: every feature the generators make of the tokens. */
    static int capacity(Tokens tokens) {
        int n = tokens.size();
        return 2 * n + (n + 1) + Math.max(0, n - 2) + ngramCount(tokens);
    }

    /** How many 4-grams the tokens have, repeats included: a word of n >= 4 letters has n - 1 with its padding. */
    private static int ngramCount(Tokens tokens) {
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            count += tokens.length(i) < N ? 0 : tokens.length(i) - 1;
        }
        return count;
    }

    private int wordFeatures(Tokens tokens, int[] numbers, int[] ids) {
        char[] chars = tokens.chars();
        PorterStemmer stemmer = null; // not thread-safe, so one per message, and only if a word needs it
        int count = 0;
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = words.get(chars, tokens.start(i), tokens.end(i));
            if (numbers[i] >= 0) {
                for (int id : wordFeatures[numbers[i]]) {
                    ids[count++] = id;
                }
            } else if (tokens.hasDigit(i)) {
                count = add(number, ids, count);
            } else {
                stemmer = stemmer == null ? new PorterStemmer() : stemmer;
                count = add(stemId(stemmer, chars, tokens.start(i), tokens.end(i)), ids, count);
            }
        }
        return count;
    }

    /** A word outside the vocabulary has no known w=, but its stem may be known ("fracturing" as "fractur"). */
    private int stemId(PorterStemmer stemmer, char[] chars, int from, int to) {
        stemmer.reset();
        for (int i = from; i < to; i++) {
            stemmer.add(chars[i]);
        }
        stemmer.stem();
        return stems.get(stemmer.getResultBuffer(), 0, stemmer.getResultLength());
    }

    /** Word pairs with the sentence marks, then pairs one word apart; a word outside the vocabulary is in none. */
    private int pairs(int[] numbers, int[] ids, int count) {
        int previous = START;
        for (int word : numbers) {
            count = addPair(BIGRAM, previous, word, ids, count);
            previous = word;
        }
        count = addPair(BIGRAM, previous, END, ids, count);
        for (int i = 0; i + 2 < numbers.length; i++) {
            count = addPair(SKIP_BIGRAM, numbers[i], numbers[i + 2], ids, count);
        }
        return count;
    }

    private int addPair(long kind, int left, int right, int[] ids, int count) {
        return left < 0 || right < 0 ? count : add(pairs.get(pairKey(kind, left, right)), ids, count);
    }

    private int ngrams(Tokens tokens, int[] numbers, int[] ids, int count) {
        IdSet seen = null; // the generator keeps each 4-gram once, where it first occurs
        for (int i = 0; i < numbers.length; i++) {
            if (tokens.length(i) < N) {
                continue; // short words are covered by the word features
            }
            seen = seen == null ? new IdSet(ngramCount(tokens)) : seen;
            if (numbers[i] >= 0) {
                for (int id : wordNgrams[numbers[i]]) {
                    count = seen.add(id) ? add(id, ids, count) : count;
                }
            } else {
                count = ngramIds(tokens.chars(), tokens.start(i), tokens.end(i), ids, count, seen);
            }
        }
        return count;
    }

    /** The known 4-grams of "_word_" for the word {@code chars[from, to)}, skipping those in {@code seen} if given. */
    private int ngramIds(char[] chars, int from, int to, int[] ids, int count, IdSet seen) {
        int padded = to - from + 2;
        for (int start = 0; start + N <= padded; start++) {
            int code = 0;
            for (int j = start; j < start + N; j++) {
                code = code * BASE + symbol(j == 0 || j == padded - 1 ? PAD : chars[from + j - 1]);
            }
            int id = ngrams.get(code);
            if (id >= 0 && (seen == null || seen.add(id))) {
                ids[count++] = id;
            }
        }
        return count;
    }

    private static int add(int id, int[] ids, int count) {
        if (id < 0) {
            return count;
        }
        ids[count] = id;
        return count + 1;
    }

    private static long pairKey(long kind, int left, int right) {
        return kind << 62 | (long) left << 31 | right;
    }

    private static int code(String ngram) {
        int code = 0;
        for (int i = 0; i < N; i++) {
            code = code * BASE + symbol(ngram.charAt(i));
        }
        return code;
    }

    /** 0 for the pad, 1-26 for a-z, 27-36 for 0-9: the only chars a token or its padding holds. */
    private static int symbol(char c) {
        return c == PAD ? 0 : c >= 'a' ? c - 'a' + 1 : c - '0' + 27;
    }

    private static boolean isWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNgram(String s) {
        if (s.length() != N) {
            return false;
        }
        for (int i = 0; i < N; i++) {
            char c = s.charAt(i);
            if (!(c == PAD || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }
}
