package faqbot.cli;

import faqbot.http.HttpSettings;
import faqbot.http.TrustedProxies;
import java.time.Duration;
import picocli.CommandLine.Option;

/** serve's options for running on the open internet: rate limits, proxies, time and concurrency limits. */
final class OperationsOptions {

    @Option(names = "--rate-limit", defaultValue = "" + HttpSettings.DEFAULT_RATE_LIMIT, paramLabel = "N",
            description = "API requests per minute per client; 0 turns the limit off (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Option(names = "--admin-rate-limit", defaultValue = "" + HttpSettings.DEFAULT_ADMIN_RATE_LIMIT, paramLabel = "N",
            description = "Requests per minute per client on /api/admin/*; 0 turns it off (default: ${DEFAULT-VALUE}).")
    int adminRateLimit;

    @Option(names = "--trusted-proxies", defaultValue = "", paramLabel = "LIST",
            description = "Comma-separated proxy addresses or CIDR ranges whose X-Forwarded-For is believed "
                    + "(default: none; the socket address is the client).")
    String trustedProxies;

    @Option(names = "--request-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long a request's IO may stall before it is answered 408 (default: ${DEFAULT-VALUE}).")
    int requestTimeoutSeconds;

    @Option(names = "--max-concurrent", defaultValue = "16", paramLabel = "N",
            description = "API requests accepted at once (answers are worked out one per processor at a time, the "
                    + "others wait their turn); more get 503 at once (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--max-queued", defaultValue = "256", paramLabel = "N",
            description = "Connections waiting for a worker thread before Jetty refuses more (default: ${DEFAULT-VALUE}).")
    int maxQueued;

    @Option(names = "--drain-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "On SIGTERM, how long requests in flight may finish (default: ${DEFAULT-VALUE}).")
    int drainSeconds;

    HttpSettings settings() {
        return new HttpSettings(rateLimit, adminRateLimit, TrustedProxies.parse(trustedProxies),
                Duration.ofSeconds(requestTimeoutSeconds), maxConcurrent, maxQueued, Duration.ofSeconds(drainSeconds));
    }
}
