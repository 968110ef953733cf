package faqbot.http;

import io.javalin.http.Context;

/** The route a request matched, as registered ("/api/chat"), never the raw path a visitor typed. */
final class Routes {

    static final String UNMATCHED = "unmatched";

    private Routes() {}

    static String of(Context ctx) {
        String route = ctx.endpointHandlerPath();
        return route == null || route.isEmpty() || "*".equals(route) ? UNMATCHED : route;
    }
}
