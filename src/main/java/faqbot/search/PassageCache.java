package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import faqbot.corpus.Passage;

/**
 * The most recently read passages of one generation, by document: the same popular FAQ entries come back turn after
 * turn, and reading one means decompressing and parsing its stored JSON. Bounded, so memory does not grow with the
 * corpus; thread-safe, and read without a lock (an access-ordered map under one lock made concurrent turns queue).
 */
final class PassageCache {

    private final Cache<Integer, Passage> recent;

    PassageCache(int capacity) {
        this.recent = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    Passage get(int doc) {
        return recent.getIfPresent(doc);
    }

    void put(int doc, Passage passage) {
        recent.put(doc, passage);
    }
}
