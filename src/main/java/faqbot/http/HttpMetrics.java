package faqbot.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server's Prometheus registry and the HTTP meters: requests and latency histograms per route and status,
 * requests turned away. faqbot's own meters start with {@code faqbot_}; the JVM's and the process's keep Micrometer's
 * standard names ({@code jvm_memory_used_bytes}, {@code process_cpu_usage}), so stock dashboards and alerts read them.
 */
final class HttpMetrics {

    /**
     * A fixed dozen latency buckets, from 1 ms (a chat turn's own work is 1 to 2 ms, docs/benchmarks.md) to the 10 s
     * request timeout: each route and status adds 13 series, where a percentiles histogram over the same range adds
     * dozens.
     */
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2).plusNanos(500_000),
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<Refusal, Counter> refusals = new EnumMap<>(Refusal.class);

    /** Every refusal's counter exists at 0 from the start, so a rate() over it works from the first refusal on. */
    HttpMetrics() {
        for (Refusal reason : Refusal.values()) {
            refusals.put(reason, Counter.builder("faqbot.http.rejected")
                    .description("Requests refused to protect the server: 429, 503, 403 for another website, 413")
                    .tag("reason", reason.tag()).register(registry));
        }
    }

    MeterRegistry registry() {
        return registry;
    }

    /** Called once per request when its response is written. */
    void record(Context ctx, String route, float millis) {
        Timer.builder("faqbot.http.requests")
                .description("HTTP requests by route and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    void rejected(Refusal reason) {
        refusals.get(reason).increment();
    }

    /** The Prometheus text exposition. */
    String scrape() {
        return registry.scrape();
    }

    void close() {
        registry.close();
    }
}
