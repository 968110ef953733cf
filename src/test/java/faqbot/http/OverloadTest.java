package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Past its concurrency limit the server says 503 at once instead of queueing, recovers by itself, and drains on stop. */
class OverloadTest {

    private static final Duration SLOW = Duration.ofMillis(1500);

    @Test
    void requestsBeyondTheConcurrencyLimitAreShedQuicklyAndTheServerRecovers() throws Exception {
        Javalin app = slowApp(HttpSettings.defaults().withRateLimit(0).withConcurrency(2));
        try {
            HttpClient client = HttpClient.newHttpClient();
            List<CompletableFuture<Timed>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(timed(client, app.port(), "/api/test-slow"));
                Thread.sleep(50);
            }
            List<Timed> results = calls.stream().map(CompletableFuture::join).toList();
            assertThat(results).filteredOn(t -> t.status == 200).hasSize(2);
            assertThat(results).filteredOn(t -> t.status == 503).hasSize(4)
                    .allSatisfy(t -> {
                        assertThat(t.millis).isLessThan(SLOW.toMillis() / 2);
                        assertThat(t.retryAfter).isEqualTo("1");
                        assertThat(t.body).contains("\"code\":\"unavailable\"");
                    });
            assertThat(timed(client, app.port(), "/api/test-slow").join().status).isEqualTo(200);
            assertThat(timed(client, app.port(), "/api/health").join().status).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    @Test
    void stoppingLetsRequestsInFlightFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Javalin app = slowApp(HttpSettings.defaults().withRateLimit(0), entered);
        CompletableFuture<Timed> inFlight = timed(HttpClient.newHttpClient(), app.port(), "/api/test-slow");
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the request is being worked on").isTrue();
        app.stop();
        Timed done = inFlight.join();
        assertThat(done.status).isEqualTo(200);
        assertThat(done.body).isEqualTo("done");
    }

    private static Javalin slowApp(HttpSettings settings) {
        return slowApp(settings, new CountDownLatch(1));
    }

    private static Javalin slowApp(HttpSettings settings, CountDownLatch entered) {
        Javalin app = FaqbotApp.create(TestIndex.bundled().chat(), TestIndex.bundled().index(), settings);
        app.get("/api/test-slow", ctx -> {
            entered.countDown();
            Thread.sleep(SLOW.toMillis());
            ctx.result("done");
        });
        return app.start("127.0.0.1", 0);
    }

    private record Timed(int status, long millis, String retryAfter, String body) {}

    private static CompletableFuture<Timed> timed(HttpClient client, int port, String path) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> new Timed(r.statusCode(),
                (System.nanoTime() - start) / 1_000_000, r.headers().firstValue("Retry-After").orElse(null), r.body()));
    }
}
