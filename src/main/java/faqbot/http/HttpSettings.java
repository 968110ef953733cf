package faqbot.http;

import java.time.Duration;

/**
 * How the HTTP server protects itself and its visitors: rate limits, time limits, how much work it takes on at once.
 *
 * @param rateLimitPerMinute requests per minute per client on the API; 0 turns rate limiting off
 * @param adminRateLimitPerMinute requests per minute per client on {@code /api/admin/*}; 0 turns it off
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the real client
 * @param requestTimeout how long a request's IO may stall; a request body must also arrive whole within
 *     {@link #bodyTimeout()}
 * @param maxConcurrentRequests API requests worked on at once; more are turned away with 503 at once
 * @param maxQueuedConnections connections waiting for a worker thread beyond which Jetty refuses more
 * @param drainTimeout how long a stopping server lets requests in flight finish
 */
public record HttpSettings(
        int rateLimitPerMinute,
        int adminRateLimitPerMinute,
        TrustedProxies trustedProxies,
        Duration requestTimeout,
        int maxConcurrentRequests,
        int maxQueuedConnections,
        Duration drainTimeout) {

    public static final int DEFAULT_RATE_LIMIT = 30;
    public static final int DEFAULT_ADMIN_RATE_LIMIT = 10;
    /** The longest a whole request body may take to arrive: a chat body is a few hundred bytes, 16 KiB at most. */
    public static final Duration MAX_BODY_TIME = Duration.ofSeconds(5);

    public HttpSettings {
        if (rateLimitPerMinute < 0 || adminRateLimitPerMinute < 0) {
            throw new IllegalArgumentException("a rate limit cannot be negative");
        }
        if (maxConcurrentRequests < 1 || maxQueuedConnections < 1) {
            throw new IllegalArgumentException("the server must take on at least one request");
        }
    }

    /** How long a whole request body may take to arrive: {@link #MAX_BODY_TIME}, or the request timeout if shorter. */
    public Duration bodyTimeout() {
        return requestTimeout.compareTo(MAX_BODY_TIME) < 0 ? requestTimeout : MAX_BODY_TIME;
    }

    /** What {@code serve} uses unless told otherwise. */
    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_RATE_LIMIT, DEFAULT_ADMIN_RATE_LIMIT, TrustedProxies.none(),
                Duration.ofSeconds(10), 16, 256, Duration.ofSeconds(10));
    }

    public HttpSettings withRateLimit(int perMinute) {
        return new HttpSettings(perMinute, adminRateLimitPerMinute, trustedProxies, requestTimeout,
                maxConcurrentRequests, maxQueuedConnections, drainTimeout);
    }

    public HttpSettings withoutRateLimits() {
        return new HttpSettings(0, 0, trustedProxies, requestTimeout, maxConcurrentRequests, maxQueuedConnections,
                drainTimeout);
    }

    public HttpSettings withTrustedProxies(TrustedProxies proxies) {
        return new HttpSettings(rateLimitPerMinute, adminRateLimitPerMinute, proxies, requestTimeout,
                maxConcurrentRequests, maxQueuedConnections, drainTimeout);
    }

    public HttpSettings withConcurrency(int maxConcurrent) {
        return new HttpSettings(rateLimitPerMinute, adminRateLimitPerMinute, trustedProxies, requestTimeout,
                maxConcurrent, maxQueuedConnections, drainTimeout);
    }

    public HttpSettings withRequestTimeout(Duration timeout) {
        return new HttpSettings(rateLimitPerMinute, adminRateLimitPerMinute, trustedProxies, timeout,
                maxConcurrentRequests, maxQueuedConnections, drainTimeout);
    }
}
