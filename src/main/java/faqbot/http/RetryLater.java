package faqbot.http;

import io.javalin.http.HttpResponseException;

/** A refusal the client should retry after a while: 429 (its own rate limit) or 503 (the server is busy). */
final class RetryLater extends HttpResponseException {

    private final long retryAfterSeconds;

    RetryLater(int status, long retryAfterSeconds, String message) {
        super(status, message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    static RetryLater rateLimited(long seconds) {
        return new RetryLater(429, seconds, "Too many requests. Please wait " + Math.max(1, seconds) + " s and try again.");
    }

    static RetryLater busy() {
        return new RetryLater(503, 1, "The service is busy right now. Please try again in a moment.");
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A refusal is an answer, not a fault: its stack is never shown, and under overload making one per request is waste. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
