package faqbot.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Which requests count against which limit: the API per client, the admin endpoints per client with their own
 * stricter limit. Health and readiness probes are never limited.
 */
final class RateLimits {

    private final RateLimiter api;
    private final RateLimiter admin;
    private final ClientAddress clients;
    private final HttpMetrics metrics;

    RateLimits(HttpSettings settings, HttpMetrics metrics) {
        this.api = settings.rateLimitPerMinute() == 0 ? null : new RateLimiter(settings.rateLimitPerMinute());
        this.admin = settings.adminRateLimitPerMinute() == 0 ? null : new RateLimiter(settings.adminRateLimitPerMinute());
        this.clients = new ClientAddress(settings.trustedProxies());
        this.metrics = metrics;
    }

    /** A before-handler: throws 429 when the client has no token left. */
    void check(Context ctx) {
        RateLimiter limiter = limiterFor(ctx);
        if (limiter == null) {
            return;
        }
        long wait = limiter.acquire(clients.of(ctx));
        if (wait > 0) {
            metrics.rejected(Refusal.RATE_LIMIT);
            throw RetryLater.rateLimited(wait);
        }
    }

    private RateLimiter limiterFor(Context ctx) {
        String path = ctx.path();
        if (ctx.method() == HandlerType.OPTIONS || !path.startsWith("/api/") || Probes.isProbe(path)) {
            return null;
        }
        return path.startsWith("/api/admin/") ? admin : api;
    }
}
