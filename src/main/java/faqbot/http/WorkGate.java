package faqbot.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import io.javalin.http.Context;
import org.slf4j.MDC;

/**
 * Answering is CPU work: it is done by as many answer threads as there are processors, and the other accepted
 * requests (up to {@code --max-concurrent}) wait their turn here, in arrival order. Sixteen chat turns interleaved on
 * two cores each cost more than twice the processor time of one alone; queued, the same two cores answered about two
 * thirds more chats a second, and the 99th percentile fell four-fold (README, Benchmarks).
 *
 * <p>The answer threads take one queued answer after another without waiting. A gate of permits that request threads
 * pass in turn (as this was before) hands each permit to a parked thread, and the core idles until that thread is
 * scheduled: in a throwaway probe, sixteen threads through a fair two-permit gate answered half as many turns a second
 * as two threads did. Now a request hands its work over ({@link #answer}) and its thread is free at once. Only the
 * work waits here, never the network: a slow client's request is read before it queues.
 */
final class WorkGate implements AutoCloseable {

    private final ThreadPoolExecutor answerers;

    WorkGate(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one answer must be worked on at a time, got " + atOnce);
        }
        this.answerers = new ThreadPoolExecutor(atOnce, atOnce, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                new AnswerThreads());
    }

    /** One per processor. */
    static WorkGate perProcessor() {
        return new WorkGate(Runtime.getRuntime().availableProcessors());
    }

    /** Requests waiting for a processor now. */
    int waiting() {
        return answerers.getQueue().size();
    }

    /** Works it out on an answer thread; the request thread does not wait for it. */
    <T> CompletableFuture<T> submit(Supplier<T> work) {
        String requestId = MDC.get(RequestIds.MDC_KEY);
        return CompletableFuture.supplyAsync(() -> withRequestId(requestId, work), answerers);
    }

    /**
     * Answers a request on an answer thread and writes the reply from there; the request thread is free at once. The
     * work is handed over here, not in the supplier Javalin calls after the handler, so it still carries the
     * request's id; then the request thread forgets it, for its next request.
     */
    <T> void answer(Context ctx, Supplier<T> work, Consumer<T> reply) {
        CompletableFuture<T> answer = submit(work);
        RequestIds.forget();
        ctx.future(() -> answer.thenAccept(reply));
    }

    /** Log lines written while answering carry the request's id, as on the request's own thread. */
    private static <T> T withRequestId(String requestId, Supplier<T> work) {
        if (requestId == null) {
            return work.get();
        }
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            return work.get();
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** Once the server has drained: no request is waiting any more. */
    @Override
    public void close() {
        answerers.shutdown();
    }

    /** Daemon threads, so an embedding program or test that never stops the server can still exit. */
    private static final class AnswerThreads implements ThreadFactory {
        private final AtomicInteger made = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "faqbot-answer-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
