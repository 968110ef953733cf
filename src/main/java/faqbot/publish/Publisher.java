package faqbot.publish;

import static net.logstash.logback.argument.StructuredArguments.kv;

import faqbot.index.BuildProgress;
import faqbot.index.Manifest;
import faqbot.search.LiveIndex;
import faqbot.search.PassageIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing while serving: a reindex or rollback swaps the new generation into the live index, so requests in flight
 * finish on the old one and new requests get the new one, none dropped. Remembers the last result for the status page.
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final Builds builds;
    private final LiveIndex live;
    private final Consumer<PassageIndex> warmUp;
    private final AtomicReference<ReindexReport> last = new AtomicReference<>();
    /** Held for each swap, and while a generation published elsewhere is followed, so swaps never go back in time. */
    private final ReentrantLock swapping = new ReentrantLock();
    /** A generation published elsewhere that failed its checks here: not tried again until another one is live. */
    private volatile String refused;

    public Publisher(Builds builds, LiveIndex live) {
        this(builds, live, idx -> { });
    }

    /**
     * @param warmUp loads what serving a generation needs (e.g. its intent model) before it is made live; a generation
     *     it fails on is not made live
     */
    public Publisher(Builds builds, LiveIndex live, Consumer<PassageIndex> warmUp) {
        this.builds = builds;
        this.live = live;
        this.warmUp = warmUp;
    }

    /** Rebuilds from the corpus directory and swaps the result in; the live index is untouched unless it is ok. */
    public ReindexReport reindex() throws BuildRunningException {
        return remembered("reindex", () -> builds.publish(BuildProgress.NONE, warmUp, next -> swap(next, "reindex")));
    }

    /** Goes back to the newest earlier generation that was verified when built and still passes its checks. */
    public ReindexReport rollback() throws BuildRunningException {
        return remembered("rollback", () -> builds.rollback(warmUp, next -> swap(next, "rollback")));
    }

    /**
     * Serves the index directory's live generation if it is not the one being served: one published by another
     * process (a CLI reindex or rollback, a build container). It is checked whole and loaded, as a rollback target is,
     * then swapped in the same way; if it fails, the served generation stays and the failure is reported once.
     *
     * @return what was done, or nothing if the served generation is already the live one
     */
    public Optional<ReindexReport> followLive() {
        swapping.lock();
        try {
            Optional<Path> published = builds.store().current();
            String name = published.map(p -> p.getFileName().toString()).orElse(null);
            if (name == null || name.equals(served()) || name.equals(refused)) {
                return Optional.empty();
            }
            return Optional.of(follow(published.get(), name));
        } catch (IOException unreadable) {
            return Optional.empty(); // the pointer is being replaced, or the directory is gone for a moment: next time
        } finally {
            swapping.unlock();
        }
    }

    private ReindexReport follow(Path generation, String name) {
        ReindexReport report;
        try {
            PassageIndex next = builds.openLoaded(generation, warmUp);
            Manifest m = next.manifest();
            swap(next, "published elsewhere");
            report = ReindexReport.live("follow", m, "Now serving " + name + ", made live by another process.",
                    ReindexReport.Timings.NONE, List.of(), false);
        } catch (IOException | RuntimeException e) {
            refused = name;
            LOG.warn("the live generation published elsewhere is not served {} {} {}", kv("event", "index_swap_refused"),
                    kv("generation", name), kv("problem", FailureText.of(e)));
            report = ReindexReport.failed("follow", name + " was made live by another process but is not served here: " + FailureText.of(e)
                    + ". Still serving " + served() + ".", 0, List.of());
        }
        last.set(report);
        return report;
    }

    /** The one way a generation goes live in this server. */
    private void swap(PassageIndex next, String cause) {
        swapping.lock();
        try {
            String from = served();
            live.swap(next);
            refused = null;
            LOG.info("index swapped {} {} {} {}", kv("event", "index_swap"), kv("from", from), kv("to", next.manifest().generation()),
                    kv("cause", cause));
        } finally {
            swapping.unlock();
        }
    }

    private String served() {
        return live.use(idx -> idx.manifest().generation());
    }

    /** The generation being served, the one a rollback would go to, and the last reindex result. */
    public Map<String, Object> status() {
        Manifest m = live.use(idx -> idx.manifest());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("generation", m.generation());
        status.put("builtAt", m.builtAt());
        status.put("buildMillis", m.buildMillis());
        status.put("documents", m.documents());
        status.put("passages", m.passages());
        status.put("version", m.version());
        status.put("corpus", builds.corpusDir().toString());
        status.put("rollbackTo", previous().map(p -> p.getFileName().toString()).orElse(null));
        status.put("pinned", builds.store().isPinned());
        status.put("lastReindex", last.get());
        return status;
    }

    private Optional<Path> previous() {
        try {
            return builds.store().previous();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private ReindexReport remembered(String name, Action action) throws BuildRunningException {
        ReindexReport report;
        try {
            report = action.run();
        } catch (IOException e) {
            report = ReindexReport.failed(name, "The index directory could not be used (" + FailureText.of(e) + "). The live index is unchanged.",
                    0, List.of());
        }
        last.set(report);
        return report;
    }

    @FunctionalInterface
    private interface Action {
        ReindexReport run() throws BuildRunningException, IOException;
    }
}
