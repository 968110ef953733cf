package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.testing.TestIndex;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /metrics scraped from a real server, as Prometheus would. */
class MetricsTest {

    private static final String QUESTION = "{\"message\": \"what is kyphoplasty?\"}";

    @Test
    void metricsCountRequestsRepliesIntentsAndTheIndexInPrometheusFormat() {
        try (HardenedServer server = HardenedServer.unlimited()) {
            server.chat(QUESTION);
            server.chat("{\"message\": \"what is the weather on mars?\"}");
            server.get("/api/health");
            var response = server.get("/metrics");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(response.body()).contains(
                    "faqbot_http_requests_seconds_bucket{",
                    "route=\"/api/chat\"",
                    "route=\"/api/health\"",
                    "faqbot_http_requests_seconds_count{",
                    "faqbot_chat_replies_total{type=\"answer\"}",
                    "faqbot_chat_replies_total{type=\"fallback\"}",
                    "faqbot_chat_intents_total{",
                    "faqbot_index_generation ",
                    "faqbot_index_passages ",
                    "faqbot_work_waiting ");
        }
    }

    @Test
    void theJvmAndTheProcessAreMeasuredUnderMicrometersStandardNames() {
        try (HardenedServer server = HardenedServer.unlimited()) {
            String text = server.get("/metrics").body();

            assertThat(text).contains("jvm_memory_used_bytes{", "jvm_memory_max_bytes{", "jvm_gc_", "jvm_threads_live_threads ",
                    "jvm_classes_loaded_classes ", "process_cpu_usage ", "system_cpu_count ", "process_uptime_seconds ",
                    "process_start_time_seconds ", "process_files_open_files ", "process_files_max_files ",
                    "jetty_threads_busy ");
            assertThat(text).doesNotContain("faqbot_jvm_", "faqbot_process_", "faqbot_system_", "faqbot_jetty_");
            assertThat(samples(text)).allSatisfy(line -> assertThat(line)
                    .matches("(faqbot|jvm|process|system|jetty|executor)_.*"));
        }
    }

    @Test
    void theIndexGaugesHoldTheServedGenerationAfterAGarbageCollection() throws Exception {
        try (HardenedServer server = HardenedServer.unlimited()) {
            JsonNode health = new ObjectMapper().readTree(server.get("/api/health").body());
            System.gc(); // a gauge whose object was only weakly held reads NaN from here on

            String text = server.get("/metrics").body();

            String generation = health.get("indexVersion").asText();
            assertThat(value(text, "faqbot_index_generation")).isEqualTo(Double.parseDouble(generation.replaceAll("[^0-9]", "")));
            assertThat(value(text, "faqbot_index_passages")).isEqualTo(health.get("passages").asDouble()).isPositive();
            assertThat(value(text, "faqbot_index_documents"))
                    .isEqualTo(TestIndex.bundled().index().use(idx -> idx.manifest().documents()).doubleValue()).isPositive();
            assertThat(value(text, "faqbot_index_built_timestamp_seconds"))
                    .isEqualTo((double) Instant.parse(health.get("builtAt").asText()).getEpochSecond());
            assertThat(value(text, "faqbot_work_waiting")).isZero();
        }
    }

    @Test
    void latencyIsKeptInAFixedDozenOfBucketsFromAMillisecondToTheRequestTimeout() {
        try (HardenedServer server = HardenedServer.unlimited()) {
            server.get("/api/health");
            server.chat(QUESTION);
            String text = server.get("/metrics").body();

            for (String route : List.of("/api/health", "/api/chat")) {
                List<String> buckets = samples(text).stream()
                        .filter(l -> l.startsWith("faqbot_http_requests_seconds_bucket{") && l.contains("route=\"" + route + "\""))
                        .map(l -> l.replaceAll(".*le=\"([^\"]+)\".*", "$1")).toList();
                assertThat(buckets).as(route).containsExactly("0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                        "0.5", "1.0", "2.5", "10.0", "+Inf");
            }
        }
    }

    @Test
    void everyKindOfRefusalIsCountedFromZeroOn() {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(1))) {
            String before = server.get("/metrics").body();
            for (String reason : List.of("rate_limit", "overload", "origin", "too_large")) {
                assertThat(value(before, "faqbot_http_rejected_total{reason=\"" + reason + "\"}")).as(reason).isZero();
            }

            // refused before the rate limit is counted; the body is refused after it, so the chat that follows is the second
            assertThat(server.chat(QUESTION, "Origin", "https://elsewhere.example").statusCode()).isEqualTo(403);
            assertThat(server.post("/api/chat", "application/json", new byte[17 * 1024]).statusCode()).isEqualTo(413);
            assertThat(server.chat(QUESTION).statusCode()).isEqualTo(429);
            String after = server.get("/metrics").body();

            assertThat(value(after, "faqbot_http_rejected_total{reason=\"origin\"}")).isEqualTo(1.0);
            assertThat(value(after, "faqbot_http_rejected_total{reason=\"too_large\"}")).isEqualTo(1.0);
            assertThat(value(after, "faqbot_http_rejected_total{reason=\"rate_limit\"}")).isEqualTo(1.0);
            assertThat(value(after, "faqbot_http_rejected_total{reason=\"overload\"}")).isZero();
        }
    }

    @Test
    void aRequestRefusedBeforeItWasRoutedIsCountedUnderItsRouteAndAnUnknownPathUnderNone() {
        try (HardenedServer server = HardenedServer.start(HttpSettings.defaults().withRateLimit(1))) {
            assertThat(server.chat(QUESTION, "Origin", "https://elsewhere.example").statusCode()).isEqualTo(403);
            assertThat(server.get("/api/what-is-my-diagnosis").statusCode()).isEqualTo(404);
            String text = server.get("/metrics").body();

            assertThat(text).contains("method=\"POST\",route=\"/api/chat\",status=\"403\"",
                    "method=\"GET\",route=\"unmatched\",status=\"404\"");
            assertThat(text).doesNotContain("what-is-my-diagnosis");
        }
    }

    private static List<String> samples(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** The value of the one sample named exactly so, labels included. */
    private static double value(String text, String series) {
        List<String> lines = samples(text).stream().filter(l -> l.startsWith(series + " ")).toList();
        assertThat(lines).as(series).hasSize(1);
        return Double.parseDouble(lines.get(0).substring(series.length() + 1).strip());
    }
}
