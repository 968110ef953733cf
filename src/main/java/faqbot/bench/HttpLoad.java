package faqbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Load on GET URLs, cycling through them: closed loop (N clients back to back: how much the server can take) or
 * open loop at a fixed rate (latency from each request's scheduled start, so a stalled server is not hidden by the
 * requests it delays).
 */
final class HttpLoad {

    private final HttpClient client;
    private final List<URI> uris;
    private final AtomicInteger next = new AtomicInteger();

    HttpLoad(List<URI> uris, ExecutorService executor) {
        this.uris = List.copyOf(uris);
        this.client = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Requests per second the server sustained with the given clients sending back to back. */
    double closedLoop(int clients, Duration duration, Latencies latencies) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads.submit(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    boolean ok = send();
                    latencies.add(System.nanoTime() - t, ok);
                }
            });
        }
        threads.shutdown();
        threads.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
        return latencies.count() / ((System.nanoTime() - start) / 1e9);
    }

    /** Requests at a fixed rate; each latency counts from when the request was due. */
    void openLoop(double perSecond, Duration duration, Latencies latencies) {
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long total = duration.toNanos() / interval;
        CompletableFuture<?>[] inFlight = new CompletableFuture<?>[(int) total];
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            inFlight[i] = client.sendAsync(request(), HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> {
                        latencies.add(System.nanoTime() - due, error == null && response.statusCode() == 200);
                        return null;
                    });
        }
        CompletableFuture.allOf(inFlight).join();
    }

    private boolean send() {
        try {
            return client.send(request(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(uris.get(Math.floorMod(next.getAndIncrement(), uris.size()))).timeout(Duration.ofSeconds(30)).build();
    }
}
