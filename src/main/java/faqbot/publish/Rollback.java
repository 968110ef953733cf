package faqbot.publish;

import static net.logstash.logback.argument.StructuredArguments.kv;

import faqbot.index.IndexStore;
import faqbot.index.Manifest;
import faqbot.search.PassageIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rollback, run holding the build lock: to the newest older generation that was verified when built and passes the
 * same checks (and {@code load}) now; one that does not is taken off the rollback targets and the next older one tried.
 */
final class Rollback {

    private static final Logger LOG = LoggerFactory.getLogger(Rollback.class);

    private final Builds builds;
    private final IndexStore store;

    Rollback(Builds builds) {
        this.builds = builds;
        this.store = builds.store();
    }

    ReindexReport run(Consumer<PassageIndex> load, Consumer<PassageIndex> serve, Stopwatch clock) throws IOException {
        List<String> unusable = new ArrayList<>();
        for (Path target : store.rollbackTargets()) {
            Optional<PassageIndex> index = loaded(target, load, unusable);
            if (index.isPresent()) {
                store.activate(target);
                store.pin(true);
                serve.accept(index.get());
                Manifest m = index.get().manifest();
                LOG.info("rolled back {} {}", kv("event", "rollback"), kv("generation", m.generation()));
                return ReindexReport.rolledBack(m, skipped(unusable), clock.total());
            }
        }
        return ReindexReport.failed("rollback", "There is no earlier generation to go back to." + skipped(unusable) + " "
                + builds.stillLive(), clock.total(), List.of());
    }

    /** The target checked and loaded; or nothing, the target no longer a rollback target and the reason noted. */
    private Optional<PassageIndex> loaded(Path target, Consumer<PassageIndex> load, List<String> unusable) throws IOException {
        try {
            return Optional.of(builds.openLoaded(target, load));
        } catch (IOException | RuntimeException e) {
            LOG.warn("rollback skips {}: {}", target.getFileName(), FailureText.of(e));
            unusable.add(FailureText.of(e));
            try {
                store.unverify(target);
            } catch (IOException readOnly) {
                // the index directory cannot be written: the target is checked, and skipped, again next time
            }
            return Optional.empty();
        }
    }

    private static String skipped(List<String> unusable) {
        return unusable.isEmpty() ? "" : " Skipped, and no longer a rollback target: " + String.join("; ", unusable) + ".";
    }
}
