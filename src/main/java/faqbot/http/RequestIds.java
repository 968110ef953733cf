package faqbot.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request gets an id, returned as {@code X-Request-Id} and put on each log line written for it, so a visitor's
 * report ("it said something went wrong, id 3f2a...") finds the operator's log lines. An id from a proxy is kept
 * when it is a plain token; anything else is replaced, so it cannot forge log lines.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {}

    /** A before-handler. */
    static void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    static String of(Context ctx) {
        String id = ctx.res().getHeader(HEADER);
        return id == null ? "-" : id;
    }

    /** Puts the request's id (as answered in its header) on this thread's log lines. */
    static void remember(Context ctx) {
        MDC.put(MDC_KEY, of(ctx));
    }

    static void forget() {
        MDC.remove(MDC_KEY);
    }
}
