package faqbot.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * CORS for the API: a page from an allowed origin gets the headers its browser needs; a request from any other
 * origin is refused with 403 before it is processed. Requests without an Origin (curl, servers) pass.
 */
final class OriginGuard {

    private final AllowedOrigins origins;

    OriginGuard(AllowedOrigins origins) {
        this.origins = origins;
    }

    /** Before every API request, preflights included. */
    void check(Context ctx) {
        ctx.header(Header.VARY, "Origin");
        String origin = ctx.header(Header.ORIGIN);
        if (origin == null) {
            return;
        }
        if (!origins.allows(origin, ctx.host())) {
            throw new HttpResponseException(403, "This website is not allowed to use the chat. "
                    + "Its operator can allow it with faqbot's --allowed-origins setting.");
        }
        ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        ctx.header(Header.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After");
    }

    /** OPTIONS /api/chat: the browser asks before a cross-origin JSON POST; {@link #check} has already let the origin in. */
    void preflight(Context ctx) {
        ctx.header(Header.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
        ctx.header(Header.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Accept");
        ctx.header(Header.ACCESS_CONTROL_MAX_AGE, "600");
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
