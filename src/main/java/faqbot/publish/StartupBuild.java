package faqbot.publish;

import faqbot.corpus.CorpusException;
import faqbot.index.BuildProgress;
import faqbot.index.IndexStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generation to serve at start: the live one if it was built from this corpus or pinned by a rollback, else a
 * new one. If the corpus has errors but a good generation exists, that one is served and the problems are logged.
 */
final class StartupBuild {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBuild.class);

    private final Builds builds;
    private final IndexStore store;

    StartupBuild(Builds builds) {
        this.builds = builds;
        this.store = builds.store();
    }

    Path ensureCurrent(BuildProgress progress) throws Exception {
        Optional<Path> current = store.current();
        if (current.isPresent() && builds.isUpToDate()) {
            return current.get();
        }
        ReindexReport report;
        try {
            report = builds.publish(progress, Builds::closeQuietly);
        } catch (BuildRunningException e) {
            if (current.isPresent()) {
                return current.get();
            }
            throw e;
        } catch (IOException e) {
            if (current.isEmpty()) {
                throw e;
            }
            // e.g. a read-only index directory: the corpus changed, but the last good generation still serves
            LOG.warn("the index could not be rebuilt for the changed corpus ({}); serving the last good index {}",
                    FailureText.of(e), current.get().getFileName());
            return current.get();
        }
        if (report.ok() || current.isPresent()) {
            if (!report.ok()) {
                LOG.warn("the corpus could not be published, serving the last good index {}: {}", current.get().getFileName(), report.message());
                report.errors().forEach(error -> LOG.warn("  {}", error));
            }
            return store.current().orElseThrow();
        }
        if (ReindexReport.INVALID.equals(report.status())) {
            throw new CorpusException(builds.validate().problems());
        }
        throw new IllegalStateException(report.message());
    }
}
