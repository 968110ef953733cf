package faqbot.http;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON log line per request: method, route, status, duration and request id. Never the query string, the body,
 * the raw path or the client's address: a patient's words can be in any of them.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("faqbot.access");

    private AccessLog() {}

    static void log(Context ctx, String route, float millis) {
        try {
            // The line is written on whichever thread finished the request (an answer thread for chat).
            RequestIds.remember(ctx);
            LOG.info("{} {} {} {}", kv("method", ctx.method().name()), kv("route", route),
                    kv("status", ctx.statusCode()), kv("ms", Math.round(millis * 100) / 100.0));
        } finally {
            RequestIds.forget();
        }
    }
}
