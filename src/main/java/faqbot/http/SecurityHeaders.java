package faqbot.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;

/**
 * Headers on every response: no content sniffing, no referrer leaking a visitor's page, nothing cached from the API,
 * and a strict Content-Security-Policy on any HTML page that has not brought its own.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'self'";

    private SecurityHeaders() {}

    /** A before-handler, so the headers are there whatever happens next. */
    static void add(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (isApi(ctx.path())) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** An after-handler: a page gets the default policy unless its handler set one. */
    static void addPagePolicy(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")
                && ctx.res().getHeader("Content-Security-Policy") == null) {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }

    /** An after-handler: the admin API never answers a browser on another website, whatever CORS allowed before. */
    static void noCorsOnAdmin(Context ctx) {
        if (ctx.path().startsWith("/api/admin")) {
            for (String header : List.copyOf(ctx.res().getHeaderNames())) {
                if (header.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
                    ctx.res().setHeader(header, null);
                }
            }
        }
    }

    /** The same headers for errors Jetty answers before a request reaches the app. */
    static void add(HttpFields.Mutable fields) {
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "no-referrer");
        fields.put("Cache-Control", "no-store");
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/metrics");
    }
}
