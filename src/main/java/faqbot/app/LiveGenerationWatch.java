package faqbot.app;

import faqbot.publish.Publisher;
import faqbot.publish.ReindexReport;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a running server follow its index directory: when another process (a CLI reindex or rollback, a build
 * container writing a shared volume) makes a new generation live, the server swaps to it through
 * {@link Publisher#followLive}, the admin API's own checked, zero-error swap.
 *
 * <p>It reads the CURRENT pointer (a few bytes) at a fixed interval rather than using a java.nio WatchService: on
 * Linux that is inotify, which sees no change made by another machine on a network or container-shared volume
 * (NFS, SMB, Docker Desktop bind mounts), exactly where replicas share one; and a poll of one tiny file costs one
 * read a second or two, nothing next to a request.
 */
public final class LiveGenerationWatch implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(LiveGenerationWatch.class);

    private final ScheduledExecutorService timer;

    private LiveGenerationWatch(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts following; {@code told} hears of every swap made or refused. */
    public static LiveGenerationWatch start(Publisher publisher, Duration interval, Consumer<ReindexReport> told) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "live-generation-watch");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(() -> check(publisher, told), millis, millis, TimeUnit.MILLISECONDS);
        return new LiveGenerationWatch(timer);
    }

    private static void check(Publisher publisher, Consumer<ReindexReport> told) {
        try {
            publisher.followLive().ifPresent(told);
        } catch (RuntimeException e) { // a scheduled task that throws is never run again: keep watching
            LOG.warn("following the live generation failed; trying again at the next look", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
