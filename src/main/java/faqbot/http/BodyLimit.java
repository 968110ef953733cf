package faqbot.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;

/**
 * A request body is read whole before any handler sees it and before it may take a work permit, and only if it is
 * small: over the limit is 413 before a byte is read, a body of unknown length (chunked) is 411, and a body that has
 * not fully arrived within the body timeout is 408. That timeout bounds the whole body, not the gap between two
 * bytes: a client trickling a byte a second would otherwise hold its request open for as long as it likes. Handlers
 * read the body with {@link #of}.
 */
final class BodyLimit {

    private static final String BODY = "faqbot.body";
    private static final byte[] NONE = new byte[0];

    private final long maxBytes;
    private final Duration timeout;
    private final HttpMetrics metrics;

    BodyLimit(long maxBytes, Duration timeout, HttpMetrics metrics) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.metrics = metrics;
    }

    /** A before-handler. */
    void check(Context ctx) {
        if (!mayHaveBody(ctx.method())) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length > maxBytes) {
            metrics.rejected(Refusal.TOO_LARGE);
            throw new HttpResponseException(413, "The request body is larger than " + maxBytes / 1024 + " KiB.");
        }
        if (length < 0) {
            if (ctx.header("Transfer-Encoding") != null) {
                throw new HttpResponseException(411, "Send the body with a Content-Length header.");
            }
            return; // no body at all
        }
        ctx.attribute(BODY, read(ctx, (int) length));
    }

    /** The body {@link #check} read; empty when the request had none. */
    static byte[] of(Context ctx) {
        byte[] body = ctx.attribute(BODY);
        return body == null ? NONE : body;
    }

    /**
     * Reads exactly {@code length} bytes. Before a read that would wait, the connection's idle timeout is cut to the
     * time left, so a read that would outlast the deadline fails with Jetty's own timeout; the request's idle timeout
     * is put back after. A body that came with its headers, as nearly all do, is read without touching the timeout:
     * each change re-arms Jetty's idle timer (see {@link ConnectionIdleTimeout}).
     */
    private byte[] read(Context ctx, int length) {
        HttpChannel channel = Request.getBaseRequest(ctx.req()).getHttpChannel();
        long idleMillis = channel.getIdleTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        long shortened = -1; // the timeout set here, if any
        byte[] body = new byte[length];
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n = 0; n < length; ) {
                if (in.available() == 0) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        throw tooSlow();
                    }
                    shortened = Math.min(idleMillis, left);
                    channel.setIdleTimeout(shortened);
                }
                int read = in.read(body, n, length - n);
                if (read < 0) {
                    throw new HttpResponseException(400, "The request body ended before its Content-Length.");
                }
                n += read;
            }
            return body;
        } catch (IOException | RuntimeException e) { // Jetty's read failures come as IOException or unchecked
            if (e instanceof HttpResponseException answer) {
                throw answer;
            }
            if (isTimeout(e)) {
                throw tooSlow();
            }
            throw new HttpResponseException(400, "The request body could not be read.");
        } finally {
            // Unless a stop has since given the connection its own short timeout, which must stay.
            if (shortened >= 0 && channel.getIdleTimeout() == shortened) {
                channel.setIdleTimeout(idleMillis);
            }
        }
    }

    private HttpResponseException tooSlow() {
        return new HttpResponseException(408, "The request body did not arrive within " + timeout.toSeconds() + " s.");
    }

    private static boolean mayHaveBody(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
