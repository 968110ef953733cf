package faqbot.publish;

import faqbot.corpus.Corpus;
import faqbot.corpus.CorpusException;
import faqbot.corpus.CorpusLoader;
import faqbot.corpus.Problem;
import faqbot.corpus.Validation;
import faqbot.index.BuildProgress;
import faqbot.index.GenerationArtifact;
import faqbot.index.IndexStore;
import faqbot.index.Manifest;
import faqbot.search.PassageIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safe builds: one at a time (a file lock), the whole corpus checked first, a new generation written beside the live
 * one, opened and asked a few canary questions, and only then switched to atomically. The previous generations stay
 * for rollback; older ones are pruned, and what a killed build left behind is cleaned up by the next one.
 */
public final class Builds {

    /** Complete generations kept on disk: the live one and two to roll back to. */
    static final int KEEP_GENERATIONS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Builds.class);

    private final Path corpusDir;
    private final IndexStore store;
    private final CorpusLoader loader;
    private final List<GenerationArtifact> artifacts;
    private final List<ContentCheck> checks;

    public Builds(Path corpusDir, IndexStore store, CorpusLoader loader, List<GenerationArtifact> artifacts, List<ContentCheck> checks) {
        this.corpusDir = corpusDir.toAbsolutePath().normalize();
        this.store = store;
        this.loader = loader;
        this.artifacts = List.copyOf(artifacts);
        this.checks = List.copyOf(checks);
    }

    /** The checks every build runs besides reading the documents: synonyms and intents. */
    public static List<ContentCheck> standardChecks() {
        return List.of(new SynonymsCheck(), new IntentsCheck());
    }

    public Path corpusDir() {
        return corpusDir;
    }

    public IndexStore store() {
        return store;
    }

    /** Reads and checks the whole corpus; every problem at once. */
    public Validation validate() {
        Validation read = loader.validate(corpusDir);
        List<Problem> problems = new ArrayList<>(read.problems());
        checks.forEach(c -> problems.addAll(c.check(corpusDir)));
        boolean ok = problems.stream().noneMatch(Problem::isError);
        return new Validation(read.directory(), ok ? read.corpus() : Optional.empty(), problems);
    }

    /**
     * Validates, builds, verifies and activates a new generation. The verified index, already open, is handed to
     * {@code serve} while the lock is still held, so swaps happen in build order; {@code serve} owns it from then on.
     */
    public ReindexReport publish(BuildProgress progress, Consumer<PassageIndex> serve) throws BuildRunningException, IOException {
        Stopwatch clock = new Stopwatch();
        return locked(() -> {
            store.cleanIncomplete();
            Validation validation = validate();
            long validated = clock.lap();
            if (!validation.ok()) {
                return invalid(validation, clock, validated);
            }
            return build(validation, progress, serve, clock, validated);
        });
    }

    /** Runs the work holding the index's build lock. */
    private ReindexReport locked(LockedWork work) throws BuildRunningException, IOException {
        BuildLock lock = BuildLock.acquire(store.root());
        try {
            return work.run();
        } finally {
            lock.close();
        }
    }

    @FunctionalInterface
    private interface LockedWork {
        ReindexReport run() throws IOException;
    }

    private ReindexReport build(Validation validation, BuildProgress progress, Consumer<PassageIndex> serve, Stopwatch clock,
            long validated) throws IOException {
        Corpus corpus = validation.corpus().orElseThrow();
        List<String> warnings = describe(validation.warnings());
        Path generation = null;
        boolean live = false;
        try {
            generation = store.build(corpus, artifacts, progress);
            long built = clock.lap();
            PassageIndex candidate = verified(generation, corpus);
            long verified = clock.lap();
            store.activate(generation);
            live = true;
            store.pin(false);
            serve.accept(candidate);
            store.prune(KEEP_GENERATIONS);
            Manifest m = candidate.manifest();
            return new ReindexReport("reindex", ReindexReport.OK, m.generation(), "Published " + m.generation() + ": "
                    + count(m.documents(), "document") + ", " + count(m.passages(), "passage") + ".", m.documents(), m.passages(),
                    new ReindexReport.Timings(validated, built, verified, clock.total()), List.of(), warnings, Instant.now().toString());
        } catch (Exception e) {
            if (!live) {
                store.cleanIncomplete();
                if (generation != null) {
                    store.discard(generation);
                }
            }
            LOG.warn("reindex failed: {}", e.toString());
            return failed("reindex", "The new index was not published: " + e.getMessage() + ". " + stillLive(), clock.total(), warnings);
        }
    }

    private static PassageIndex verified(Path generation, Corpus corpus) throws IOException {
        PassageIndex candidate = PassageIndex.open(generation);
        try {
            Canary.check(candidate, corpus);
            return candidate;
        } catch (RuntimeException e) {
            candidate.close();
            throw e;
        }
    }

    /** Makes the generation before the live one live again, and keeps it at restarts until the next reindex. */
    public ReindexReport rollback(Consumer<PassageIndex> serve) throws BuildRunningException, IOException {
        Stopwatch clock = new Stopwatch();
        return locked(() -> {
            Optional<Path> previous = store.previous();
            if (previous.isEmpty()) {
                return failed("rollback", "There is no earlier generation to go back to. " + stillLive(), clock.total(), List.of());
            }
            PassageIndex index = PassageIndex.open(previous.get());
            store.activate(previous.get());
            store.pin(true);
            serve.accept(index);
            Manifest m = index.manifest();
            return new ReindexReport("rollback", ReindexReport.OK, m.generation(), "Rolled back to " + m.generation()
                    + " (built " + m.builtAt() + "); it stays live until the next reindex.", m.documents(), m.passages(),
                    new ReindexReport.Timings(0, 0, 0, clock.total()), List.of(), List.of(), Instant.now().toString());
        });
    }

    /**
     * The generation to serve at start: the live one if it was built from this corpus or pinned by a rollback, else a
     * new one. If the corpus has errors but a good generation exists, that one is served and the problems are logged.
     */
    public Path ensureCurrent() throws Exception {
        Optional<Path> current = store.current();
        if (current.isPresent() && (store.isPinned() || store.isCurrentFor(CorpusLoader.checksum(corpusDir)))) {
            return current.get();
        }
        ReindexReport report;
        try {
            report = publish(BuildProgress.NONE, Builds::closeQuietly);
        } catch (BuildRunningException e) {
            if (current.isPresent()) {
                return current.get();
            }
            throw e;
        }
        if (report.ok() || current.isPresent()) {
            if (!report.ok()) {
                LOG.warn("the corpus could not be published, serving the last good index {}: {}", current.get().getFileName(), report.message());
                report.errors().forEach(error -> LOG.warn("  {}", error));
            }
            return store.current().orElseThrow();
        }
        if (ReindexReport.INVALID.equals(report.status())) {
            throw new CorpusException(validate().problems());
        }
        throw new IllegalStateException(report.message());
    }

    /** For callers that only build (the CLI): the verified index is not served here. */
    public static void closeQuietly(PassageIndex index) {
        try {
            index.close();
        } catch (IOException ignored) {
            // read-only files; nothing to recover
        }
    }

    private ReindexReport invalid(Validation validation, Stopwatch clock, long validated) throws IOException {
        int errors = validation.errors().size();
        return new ReindexReport("reindex", ReindexReport.INVALID, null, "The corpus has " + errors + (errors == 1 ? " error" : " errors")
                + "; nothing was built. " + stillLive(), 0, 0, new ReindexReport.Timings(validated, 0, 0, clock.total()),
                describe(validation.errors()), describe(validation.warnings()), Instant.now().toString());
    }

    static ReindexReport failed(String action, String message, long millis, List<String> warnings) {
        return new ReindexReport(action, ReindexReport.FAILED, null, message, 0, 0, new ReindexReport.Timings(0, 0, 0, millis),
                List.of(), warnings, Instant.now().toString());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String stillLive() throws IOException {
        Optional<Path> current = store.current();
        return current.map(p -> "The live index is unchanged (" + p.getFileName() + ").").orElse("There is no live index yet.");
    }

    private List<String> describe(List<Problem> problems) {
        return problems.stream().map(p -> p.describe(corpusDir)).toList();
    }

    /** Milliseconds since the last lap, and in all. */
    private static final class Stopwatch {
        private final long start = System.nanoTime();
        private long last = start;

        long lap() {
            long now = System.nanoTime();
            long millis = (now - last) / 1_000_000;
            last = now;
            return millis;
        }

        long total() {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
