package faqbot.app;

import static net.logstash.logback.argument.StructuredArguments.kv;

import faqbot.index.BuildProgress;
import faqbot.index.UnusableGenerationException;
import faqbot.publish.Builds;
import faqbot.publish.FailureText;
import faqbot.publish.ReindexReport;
import faqbot.search.PassageIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index a server starts with: the current generation if it passes the checks of {@link Builds#open} (every file
 * its manifest lists, at its checksum), else one rebuilt from the corpus; if even that cannot be read, a clear error.
 * Never a half-readable index, or one missing a model, behind a server.
 */
final class StartupIndex {

    private static final Logger LOG = LoggerFactory.getLogger(StartupIndex.class);

    private StartupIndex() {}

    static PassageIndex open(Builds builds, BuildProgress progress) throws Exception {
        try {
            return builds.open(builds.ensureCurrent(progress));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The index generation cannot be used; rebuilding it from the corpus. {}", kv("problem", FailureText.of(e)));
            if (e instanceof UnusableGenerationException unusable) {
                neverARollbackTarget(builds, unusable.generation());
            }
        }
        ReindexReport report = builds.publish(progress, Builds::closeQuietly);
        Path rebuilt = builds.store().current().orElse(null);
        if (!report.ok() || rebuilt == null) {
            throw new IOException("The index is unusable and could not be rebuilt: " + report.message());
        }
        try {
            return builds.open(rebuilt);
        } catch (IOException | RuntimeException e) {
            throw new IOException("The index rebuilt in " + rebuilt + " cannot be read either (" + FailureText.of(e)
                    + "). Check the disk and the index directory's permissions.", e);
        }
    }

    private static void neverARollbackTarget(Builds builds, Path generation) {
        try {
            builds.store().unverify(generation);
        } catch (IOException readOnly) {
            // the rebuild below cannot write either, and says so
        }
    }

    /** A generation copied from elsewhere (a replica's): checked the same way, but never rebuilt or changed here. */
    static PassageIndex openAsIs(Builds builds, Path generation) throws IOException {
        return builds.open(generation);
    }
}
