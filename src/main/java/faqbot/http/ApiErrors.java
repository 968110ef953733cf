package faqbot.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every error becomes one JSON shape, in one place: {"error": {"status", "code", "message"}}. Never a stack trace. */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    static void register(Javalin app) {
        app.exception(RetryLater.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            write(ctx, e.getStatus(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            // The message may hold a visitor's text; log only the type and where it happened.
            LOG.error("unexpected {} at {}", e.getClass().getName(), e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            write(ctx, 500, "Something went wrong on our side. Please try again.");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, 404, "No such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> write(ctx, 405, "Method " + ctx.method() + " is not allowed on " + ctx.path()));
    }

    static void write(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", Map.of("status", status, "code", code(status), "message", message)));
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 409 -> "conflict";
            case 411 -> "length_required";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 422 -> "invalid_content";
            case 431 -> "headers_too_large";
            case 429 -> "rate_limited";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }
}
