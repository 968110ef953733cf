package faqbot.nlu;

import java.util.Map;

/**
 * Words of a model's own vocabulary by their chars: a token is looked up in place, without building a String of it
 * (open addressing over a hash of the chars, then the chars compared). Immutable; holds no word it was not built with.
 */
final class WordTable {

    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    /** {@code words}' values must not be negative: -1 means absent. */
    WordTable(Map<String, Integer> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2 + 1)) * 2;
        this.keys = new String[capacity];
        this.hashes = new int[capacity];
        this.values = new int[capacity];
        this.mask = capacity - 1;
        words.forEach(this::put);
    }

    private void put(String word, int value) {
        int hash = hash(word);
        int slot = hash & mask;
        while (keys[slot] != null) {
            if (keys[slot].equals(word)) {
                throw new IllegalArgumentException("duplicate word " + word);
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = word;
        hashes[slot] = hash;
        values[slot] = value;
    }

    /** The value of the word {@code chars[from, to)}, or -1. */
    int get(char[] chars, int from, int to) {
        int hash = hash(chars, from, to);
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && same(keys[slot], chars, from, to)) {
                return values[slot];
            }
        }
        return -1;
    }

    private static boolean same(String key, char[] chars, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        return spread(h);
    }

    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return spread(h);
    }

    /** Open addressing takes the low bits, which a polynomial hash of similar words shares. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
