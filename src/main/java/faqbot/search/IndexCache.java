package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Caffeine's get-or-compute for values read from the index, whose reads may throw IOException. */
final class IndexCache {

    /** A read of the index for one key. */
    interface Read<K, V> {
        V of(K key) throws IOException;
    }

    private IndexCache() {}

    /** The kept value, or the one read now and kept; the read's IOException is thrown as it was. */
    static <K, V> V get(Cache<K, V> cache, K key, Read<K, V> read) throws IOException {
        try {
            return cache.get(key, k -> {
                try {
                    return read.of(k);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
