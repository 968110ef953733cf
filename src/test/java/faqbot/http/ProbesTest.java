package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbesTest {

    @Test
    void healthSaysTheServerIsAliveAndReadySaysItCanAnswer() {
        try (HardenedServer server = HardenedServer.unlimited()) {
            assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
            var ready = server.get("/api/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"ready\"", "\"passages\":");
        }
    }
}
