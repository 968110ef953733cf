package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class WorkGateTest {

    @Test
    void neverWorksOnMoreThanItsPermitsAtOnceAndAnswersEveryone() throws Exception {
        WorkGate gate = new WorkGate(2);
        AtomicInteger working = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                answers.add(requests.submit(() -> gate.submit(() -> {
                    most.accumulateAndGet(working.incrementAndGet(), Math::max);
                    sleep(2);
                    working.decrementAndGet();
                    return n;
                }).join()));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo(i);
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, 2);
    }

    @Test
    void handedOverWorkIsAnsweredInArrivalOrderOnNoMoreThreadsThanPermits() throws Exception {
        WorkGate gate = new WorkGate(1);
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<java.util.concurrent.CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            answers.add(gate.submit(() -> {
                threads.add(Thread.currentThread().getName());
                order.add(n);
                return n;
            }));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get()).isEqualTo(i);
        }
        assertThat(order).isSorted();
        assertThat(threads).hasSize(1);
        gate.close();
    }

    @Test
    void handedOverWorkThatFailsFailsItsAnswerOnly() throws Exception {
        WorkGate gate = new WorkGate(1);
        var failed = gate.submit(() -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(failed::join).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(gate.submit(() -> "answered").get()).isEqualTo("answered");
        gate.close();
    }

    @Test
    void workHandedOverByARequestRunsUnderThatRequestsId() throws Exception {
        WorkGate gate = new WorkGate(1);
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        app.before(new RequestIds(TrustedProxies.parse("127.0.0.1"))::assign);
        app.post("/work", ctx -> gate.answer(ctx, () -> String.valueOf(MDC.get(RequestIds.MDC_KEY)), ctx::result));
        app.start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/work")).header(RequestIds.HEADER, "req-handed-over-7")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).isEqualTo("req-handed-over-7");
        } finally {
            app.stop();
            gate.close();
        }
    }

    @Test
    void refusesToWorkOnNothingAtOnce() {
        assertThatThrownBy(() -> new WorkGate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
