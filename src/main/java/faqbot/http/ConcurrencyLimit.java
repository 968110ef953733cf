package faqbot.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.concurrent.Semaphore;

/**
 * Sheds load instead of queueing it: at most {@code max} API requests are worked on at once, and one more is
 * answered 503 with Retry-After straight away. A busy server so stays quick to say no and recovers by itself. A CORS
 * preflight costs nothing and is never shed: refused, the browser could not read the 503 of the chat that follows.
 */
final class ConcurrencyLimit {

    private static final String HOLDS_PERMIT = "faqbot.concurrency.permit";

    private final Semaphore permits;
    private final HttpMetrics metrics;

    ConcurrencyLimit(int max, HttpMetrics metrics) {
        this.permits = new Semaphore(max);
        this.metrics = metrics;
    }

    /** A before-handler. */
    void enter(Context ctx) {
        if (!ctx.path().startsWith("/api/") || Probes.isProbe(ctx.path()) || ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        if (!permits.tryAcquire()) {
            metrics.rejected(Refusal.OVERLOAD);
            throw RetryLater.busy();
        }
        ctx.attribute(HOLDS_PERMIT, Boolean.TRUE);
    }

    /** An after-handler; runs after errors too. */
    void leave(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(HOLDS_PERMIT))) {
            ctx.attribute(HOLDS_PERMIT, Boolean.FALSE);
            permits.release();
        }
    }

    int available() {
        return permits.availablePermits();
    }
}
