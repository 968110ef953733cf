package faqbot.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The index generation being served, swappable while requests run: each request holds a reference to the
 * generation it started with, and a swapped-out generation is closed when its last request is done
 * (the reference counting of Lucene's ReferenceManager, over whole generations).
 */
public final class LiveIndex implements Closeable {

    private final AtomicReference<Counted> current;

    public LiveIndex(PassageIndex initial) {
        this.current = new AtomicReference<>(new Counted(initial));
    }

    /** Runs the function on the live generation, which stays open until it returns; never after {@link #close()}. */
    public <T> T use(Function<PassageIndex, T> work) {
        Counted ref = acquire();
        try {
            return work.apply(ref.index);
        } finally {
            ref.release();
        }
    }

    /** Makes the new generation live; the old one closes once no request uses it. */
    public void swap(PassageIndex next) {
        current.getAndSet(new Counted(next)).release();
    }

    private Counted acquire() {
        while (true) {
            Counted ref = current.get();
            if (ref.tryIncRef()) {
                return ref;
            }
            // A swap replaces the current generation before releasing it, so a released one still current is closed.
            if (current.get() == ref) {
                throw new IllegalStateException("the live index is closed");
            }
        }
    }

    @Override
    public void close() {
        current.get().release();
    }

    private static final class Counted {
        private final PassageIndex index;
        /** One for being current, one per request in flight. */
        private final AtomicInteger refs = new AtomicInteger(1);

        Counted(PassageIndex index) {
            this.index = index;
        }

        /** False once closed: a closed generation is never counted up again. */
        boolean tryIncRef() {
            return refs.getAndUpdate(n -> n <= 0 ? n : n + 1) > 0;
        }

        void release() {
            if (refs.decrementAndGet() == 0) {
                try {
                    index.close();
                } catch (IOException ignored) {
                    // Closing a read-only generation frees file handles; nothing to recover.
                }
            }
        }
    }
}
