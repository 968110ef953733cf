package faqbot.index;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The threads a build works on besides its own: named, and stopped before the files they write are touched. */
final class Workers {

    private Workers() {}

    static ExecutorService named(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> new Thread(r, name));
    }

    /** Stops the pool and waits for work still running (the build failed or was interrupted) to end. */
    static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
