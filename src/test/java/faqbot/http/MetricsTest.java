package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void metricsCountRequestsRepliesIntentsAndTheIndexInPrometheusFormat() {
        try (HardenedServer server = HardenedServer.unlimited()) {
            server.chat("{\"message\": \"what is kyphoplasty?\"}");
            server.chat("{\"message\": \"what is the weather on mars?\"}");
            server.get("/api/health");
            var response = server.get("/metrics");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            String text = response.body();
            assertThat(text).contains(
                    "faqbot_http_requests_seconds_bucket{",
                    "route=\"/api/chat\"",
                    "route=\"/api/health\"",
                    "faqbot_http_requests_seconds_count{",
                    "faqbot_chat_replies_total{type=\"answer\"}",
                    "faqbot_chat_replies_total{type=\"fallback\"}",
                    "faqbot_chat_intents_total{",
                    "faqbot_index_generation ",
                    "faqbot_index_passages ",
                    "faqbot_work_waiting ",
                    "faqbot_jvm_memory_used_bytes{",
                    "faqbot_jvm_gc_",
                    "faqbot_process_cpu_usage");
        }
    }

    @Test
    void everyMetricNameStartsWithFaqbot() {
        try (HardenedServer server = HardenedServer.unlimited()) {
            server.get("/api/health");
            String text = server.get("/metrics").body();
            assertThat(Arrays.stream(text.split("\n")).filter(line -> !line.isBlank() && !line.startsWith("#")))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith("faqbot_"));
        }
    }

    @Test
    void refusalsAreCountedByReason() {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(1))) {
            server.chat("{\"message\": \"what is kyphoplasty?\"}");
            server.chat("{\"message\": \"what is kyphoplasty?\"}");
            assertThat(server.get("/metrics").body()).contains("faqbot_http_rejected_total{reason=\"rate_limit\"} 1.0");
        }
    }
}
