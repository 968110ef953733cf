package faqbot.nlu;

import java.util.Arrays;

/**
 * Feature ids by a number that stands for the feature (a pair of word numbers, a character n-gram's code):
 * open addressing over long keys, with no boxing. Filled once while the model loads, read-only after.
 */
final class KeyTable {

    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] keys;
    private final int[] values;
    private final int mask;
    private int size;

    KeyTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) * 2;
        this.keys = new long[capacity];
        this.values = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(keys, EMPTY);
    }

    /** Adds a key; values must not be negative (-1 means absent), keys must not be {@link Long#MIN_VALUE}. */
    void put(long key, int value) {
        if (size * 2 >= keys.length) {
            throw new IllegalStateException("key table is full: expected fewer keys");
        }
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    /** The key's value, or -1. */
    int get(long key) {
        for (int slot = slot(key); keys[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return -1;
    }

    private int slot(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32)) & mask;
    }
}
