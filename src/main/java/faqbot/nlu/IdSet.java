package faqbot.nlu;

import java.util.Arrays;

/** Non-negative ints seen so far, for one call: open addressing without boxing. */
final class IdSet {

    private final int[] slots;
    private final int mask;

    /** Room for at least {@code expected} ids. */
    IdSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) * 2;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(slots, -1);
    }

    /** Adds the id; false if it was there already. */
    boolean add(int id) {
        int x = id * 0x9E3779B9;
        int slot = (x ^ (x >>> 16)) & mask;
        while (slots[slot] >= 0) {
            if (slots[slot] == id) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = id;
        return true;
    }
}
