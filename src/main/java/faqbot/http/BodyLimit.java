package faqbot.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.concurrent.TimeoutException;

/**
 * A request body is read whole before any handler sees it, and only if it is small: over the limit is 413 before a
 * byte is read, a body of unknown length (chunked) is 411, and one that stops arriving is 408 once the request
 * timeout passes. Handlers then read the cached body.
 */
final class BodyLimit {

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A before-handler. */
    void check(Context ctx) {
        if (!mayHaveBody(ctx.method())) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length > maxBytes) {
            throw new HttpResponseException(413, "The request body is larger than " + maxBytes / 1024 + " KiB.");
        }
        if (length < 0) {
            if (ctx.header("Transfer-Encoding") != null) {
                throw new HttpResponseException(411, "Send the body with a Content-Length header.");
            }
            return; // no body at all
        }
        read(ctx);
    }

    private static void read(Context ctx) {
        try {
            ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            if (isTimeout(e)) {
                throw new HttpResponseException(408, "The request took too long to arrive.");
            }
            throw e;
        } catch (Exception e) { // Javalin passes Jetty's IOException through unchecked
            if (isTimeout(e)) {
                throw new HttpResponseException(408, "The request took too long to arrive.");
            }
            throw new HttpResponseException(400, "The request body could not be read.");
        }
    }

    private static boolean mayHaveBody(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
