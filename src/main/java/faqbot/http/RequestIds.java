package faqbot.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request gets an id, returned as {@code X-Request-Id} and put on each log line written for it, so a visitor's
 * report ("it said something went wrong, id 3f2a...") finds the operator's log lines. An id is taken over only from a
 * trusted proxy, so that its log lines and ours share it, and only when it is a plain token (1 to 64 letters, digits,
 * dots, dashes, underscores). A visitor's own {@code X-Request-Id} is replaced: logged as given it could carry the
 * visitor's words into the log, or copy another request's id to muddle whose lines are whose.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final TrustedProxies proxies;

    RequestIds(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    /** A before-handler. */
    void assign(Context ctx) {
        String given = ctx.header(HEADER);
        boolean keep = given != null && PLAIN.matcher(given).matches() && proxies.trusts(ctx.req().getRemoteAddr());
        String id = keep ? given : UUID.randomUUID().toString();
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
