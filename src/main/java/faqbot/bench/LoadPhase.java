package faqbot.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * One phase of a load run: {@code connections} keep-alive connections send one endpoint's requests, either
 * closed-loop (the next request as soon as the last is answered: finds saturation) or open-loop at a fixed rate,
 * where latency counts from each request's intended send time, so a stalled server cannot hide its queue
 * (no coordinated omission).
 */
final class LoadPhase {

    private final InetSocketAddress address;
    private final Endpoint endpoint;
    private final int connections;

    LoadPhase(InetSocketAddress address, Endpoint endpoint, int connections) {
        this.address = address;
        this.endpoint = endpoint;
        this.connections = connections;
    }

    LoadResult closedLoop(Duration duration) throws InterruptedException {
        return run("closed loop", 0, duration);
    }

    LoadResult openLoop(double requestsPerSecond, Duration duration) throws InterruptedException {
        return run("open loop", requestsPerSecond, duration);
    }

    private LoadResult run(String mode, double rate, Duration duration) throws InterruptedException {
        long start = System.nanoTime() + 50_000_000L;
        long end = start + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            long interval = rate <= 0 ? 0 : (long) (1e9 * connections / rate);
            Worker w = new Worker(i, start + (interval * i) / connections, interval, end);
            workers.add(w);
            w.thread.start();
        }
        for (Worker w : workers) {
            w.thread.join();
        }
        double seconds = (Math.max(end, workers.stream().mapToLong(w -> w.finished).max().orElse(end)) - start) / 1e9;
        return LoadResult.merge(endpoint.name(), mode, rate, seconds, workers.stream().map(w -> w.tally).toList());
    }

    private final class Worker implements Runnable {
        final Thread thread;
        final long firstSend;
        final long interval;
        final long end;
        final LoadResult.Tally tally = new LoadResult.Tally();
        long finished;

        Worker(int index, long firstSend, long interval, long end) {
            this.thread = new Thread(this, "load-" + index);
            this.thread.setDaemon(true);
            this.firstSend = firstSend;
            this.interval = interval;
            this.end = end;
        }

        @Override
        public void run() {
            try (RawHttpConnection connection = new RawHttpConnection(address)) {
                waitUntil(firstSend);
                long n = 0;
                for (long intended = firstSend; intended < end; n++) {
                    long sent = interval > 0 ? intended : System.nanoTime();
                    if (interval > 0) {
                        waitUntil(intended);
                    }
                    exchange(connection, endpoint.request(n), sent);
                    intended = interval > 0 ? intended + interval : System.nanoTime();
                }
            }
            finished = System.nanoTime();
        }

        private void exchange(RawHttpConnection connection, byte[] request, long intended) {
            try {
                int status = connection.exchange(request);
                tally.record(status, System.nanoTime() - intended);
            } catch (IOException | RuntimeException e) {
                tally.ioError(System.nanoTime() - intended);
            }
        }
    }

    private static void waitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** A histogram for latencies in microseconds, up to a minute, three significant digits. */
    static Histogram newHistogram() {
        return new Histogram(60_000_000L, 3);
    }
}
