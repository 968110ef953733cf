package faqbot.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The server's Prometheus registry and the HTTP meters: requests and latency histograms per route and status,
 * requests turned away. Every meter name, the JVM's too, starts with {@code faqbot_}.
 */
final class HttpMetrics {

    static final String PREFIX = "faqbot.";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    HttpMetrics() {
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return id.getName().startsWith(PREFIX) ? id : id.withName(PREFIX + id.getName());
            }
        });
    }

    MeterRegistry registry() {
        return registry;
    }

    /** Called once per request when its response is written. */
    void record(Context ctx, float millis) {
        Timer.builder("faqbot.http.requests")
                .description("HTTP requests by route and status")
                .tag("method", ctx.method().name())
                .tag("route", Routes.of(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    /** A request refused to protect the server: {@code rate_limit} or {@code overload}. */
    void rejected(String reason) {
        Counter.builder("faqbot.http.rejected").description("Requests refused with 429 or 503")
                .tag("reason", reason).register(registry).increment();
    }

    /** The Prometheus text exposition. */
    String scrape() {
        return registry.scrape();
    }

    void close() {
        registry.close();
    }
}
