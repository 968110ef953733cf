package faqbot.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * CORS for the API. It runs before every other check, so a page from an allowed origin gets the headers its browser
 * needs on every answer, refusals included: the widget can then read a 429's Retry-After, a 503 or a 413 instead of
 * seeing a failed connection. A request from any other origin is refused with 403 before it is processed. That
 * refusal, and the preflight before it, are readable by the refused page too, so the widget there can say the chat
 * is not available on the site: a refusal tells a page nothing it could not learn by trying, and no answer is ever
 * sent to it. Requests without an Origin (curl, servers) pass.
 */
final class OriginGuard {

    /** What a page's script may read of an answer besides the basics: when to retry, and the id to quote. */
    static final String EXPOSED = "Retry-After, " + RequestIds.HEADER;

    private final AllowedOrigins origins;
    private final HttpMetrics metrics;

    OriginGuard(AllowedOrigins origins, HttpMetrics metrics) {
        this.origins = origins;
        this.metrics = metrics;
    }

    /** Before every API request, preflights included. */
    void check(Context ctx) {
        ctx.header(Header.VARY, "Origin");
        String origin = ctx.header(Header.ORIGIN);
        if (origin == null || origin.isBlank()) {
            return;
        }
        boolean allowed = origins.allows(origin, ctx.host());
        if (allowed || AllowedOrigins.isWebOrigin(origin)) { // never "null" or garbage: sandboxed pages send "null"
            ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            ctx.header(Header.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
        if (!allowed && ctx.method() != HandlerType.OPTIONS) {
            metrics.rejected(Refusal.ORIGIN);
            throw new HttpResponseException(403, "This website is not allowed to use the chat. "
                    + "Its operator can allow it with faqbot's --allowed-origins setting.");
        }
    }

    /** OPTIONS /api/chat: the browser asks before a cross-origin JSON POST; {@link #check} has set the origin. */
    void preflight(Context ctx) {
        ctx.header(Header.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
        ctx.header(Header.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Accept");
        ctx.header(Header.ACCESS_CONTROL_MAX_AGE, "600");
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
