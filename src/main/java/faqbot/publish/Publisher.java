package faqbot.publish;

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
import java.util.function.Consumer;

/**
 * Publishing while serving: a reindex or rollback swaps the new generation into the live index, so requests in flight
 * finish on the old one and new requests get the new one, none dropped. Remembers the last result for the status page.
 */
public final class Publisher {

    private final Builds builds;
    private final LiveIndex live;
    private final Consumer<PassageIndex> warmUp;
    private final AtomicReference<ReindexReport> last = new AtomicReference<>();

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
        return remembered("reindex", () -> builds.publish(BuildProgress.NONE, warmUp, live::swap));
    }

    /** Goes back to the newest earlier generation that was verified when built and still passes its checks. */
    public ReindexReport rollback() throws BuildRunningException {
        return remembered("rollback", () -> builds.rollback(warmUp, live::swap));
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
            report = Builds.failed(name, "The index directory could not be used (" + FailureText.of(e) + "). The live index is unchanged.",
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
