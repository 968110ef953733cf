package faqbot.http;

import io.javalin.config.JavalinConfig;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The route a request is for, as registered ("/api/chat"), never the raw path a visitor typed. A request refused
 * before Javalin matched it (429, 503, 403 for another website, 413) is still for its route: its path is one
 * registered, word for word (faqbot's routes have no path parameters). Any other path is {@link #UNMATCHED}.
 */
final class Routes {

    static final String UNMATCHED = "unmatched";

    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    /** Learns each route as the app adds it. */
    void listen(JavalinConfig config) {
        config.events.handlerAdded(this::added);
    }

    private void added(HandlerMetaInfo handler) {
        if (handler.getHttpMethod().isHttpMethod()) {
            registered.add(handler.getPath());
        }
    }

    String of(Context ctx) {
        // Javalin names a request no handler matched "No handler matched request path/method (404/405)"
        String route = ctx.endpointHandlerPath();
        if (route != null && registered.contains(route)) {
            return route;
        }
        String path = ctx.path();
        return registered.contains(path) ? path : UNMATCHED;
    }
}
