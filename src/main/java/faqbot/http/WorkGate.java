package faqbot.http;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Answering is CPU work: at most as many answers are worked out at once as there are processors, and the other
 * accepted requests (up to {@code --max-concurrent}) wait their turn here, in arrival order. Sixteen chat turns
 * interleaved on two cores each cost more than twice the processor time of one alone; queued, the same two cores
 * answered about two thirds more chats a second, and the 99th percentile fell four-fold (README, Benchmarks).
 * Only the work waits here, never the network: a slow client's request is read before it queues.
 */
final class WorkGate {

    private final Semaphore permits;

    WorkGate(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one answer must be worked on at a time, got " + atOnce);
        }
        this.permits = new Semaphore(atOnce, true);
    }

    /** One per processor. */
    static WorkGate perProcessor() {
        return new WorkGate(Runtime.getRuntime().availableProcessors());
    }

    /** Requests waiting for a processor now (an estimate, as the JDK's own queue length is). */
    int waiting() {
        return permits.getQueueLength();
    }

    <T> T run(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
