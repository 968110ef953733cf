package faqbot.search;

import faqbot.corpus.Passage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently read passages of one generation, by document: the same popular FAQ entries come back turn after
 * turn, and reading one means decompressing and parsing its stored JSON. Bounded, so memory does not grow with the
 * corpus; thread-safe.
 */
final class PassageCache {

    private final Map<Integer, Passage> recent;

    PassageCache(int capacity) {
        this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Passage> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Passage get(int doc) {
        return recent.get(doc);
    }

    synchronized void put(int doc, Passage passage) {
        recent.put(doc, passage);
    }
}
