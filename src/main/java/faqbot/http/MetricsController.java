package faqbot.http;

import io.javalin.http.Context;

/** GET /metrics: Prometheus text format. */
final class MetricsController {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpMetrics metrics;

    MetricsController(HttpMetrics metrics) {
        this.metrics = metrics;
    }

    void get(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(metrics.scrape());
    }
}
