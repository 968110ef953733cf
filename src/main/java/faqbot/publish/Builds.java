package faqbot.publish;

import static net.logstash.logback.argument.StructuredArguments.kv;

import faqbot.corpus.Corpus;
import faqbot.corpus.CorpusLoader;
import faqbot.corpus.Problem;
import faqbot.corpus.Validation;
import faqbot.index.BuildProgress;
import faqbot.index.GenerationArtifact;
import faqbot.index.GenerationCheck;
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
 * Safe builds: one at a time (a file lock), the whole corpus checked first, a new generation written beside the live
 * one, checked whole (every file against its manifest), opened, asked a few canary questions and loaded by the serving
 * stages, and only then marked verified and switched to atomically. Verified generations stay for rollback, which
 * checks its target the same way first; older ones are pruned, and what a killed build left behind is cleaned up by
 * the next one.
 */
public final class Builds {

    /** Complete generations kept on disk: the live one and two to roll back to. */
    static final int KEEP_GENERATIONS = 3;
    private static final Consumer<PassageIndex> NOTHING_TO_LOAD = index -> { };
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

    /** The checks every build runs besides reading the documents: synonyms, intents, red flags and small talk. */
    public static List<ContentCheck> standardChecks() {
        return List.of(new SynonymsCheck(), new IntentsCheck(), new ConversationFilesCheck());
    }

    public Path corpusDir() {
        return corpusDir;
    }

    public IndexStore store() {
        return store;
    }

    /**
     * Opens a generation after checking it whole: every file its manifest lists, at its size and checksum, every
     * file the stages require of every generation, Lucene's checksums, and its passages against its manifest.
     */
    public PassageIndex open(Path generation) throws IOException {
        return CheckedGeneration.open(generation, artifacts.stream().flatMap(a -> a.requiredFiles().stream()).toList());
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
        return publish(progress, NOTHING_TO_LOAD, serve);
    }

    /**
     * As {@link #publish(BuildProgress, Consumer)}, with {@code load} run on the verified index before it is made live
     * (the serving stages load their models from it): if it throws, the generation is not published.
     */
    public ReindexReport publish(BuildProgress progress, Consumer<PassageIndex> load, Consumer<PassageIndex> serve)
            throws BuildRunningException, IOException {
        Stopwatch clock = new Stopwatch();
        return locked(() -> {
            store.cleanIncomplete();
            Validation validation = validate();
            long validated = clock.lap();
            if (!validation.ok()) {
                return ReindexReport.invalid(describe(validation.errors()), describe(validation.warnings()), stillLive(),
                        new ReindexReport.Timings(validated, 0, 0, clock.total()));
            }
            Optional<ReindexReport> unchanged = unchanged(validation, clock, validated);
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
            return build(validation, progress, load, serve, clock, validated);
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

    private ReindexReport build(Validation validation, BuildProgress progress, Consumer<PassageIndex> load,
            Consumer<PassageIndex> serve, Stopwatch clock, long validated) throws IOException {
        Corpus corpus = validation.corpus().orElseThrow();
        List<String> warnings = describe(validation.warnings());
        Path generation = null;
        boolean live = false;
        try {
            generation = store.build(corpus, artifacts, progress);
            long built = clock.lap();
            PassageIndex candidate = verified(generation, corpus, load);
            long verified = clock.lap();
            store.markVerified(generation);
            store.activate(generation);
            live = true;
            store.pin(false);
            serve.accept(candidate);
            store.prune(KEEP_GENERATIONS);
            Manifest m = candidate.manifest();
            LOG.info("index built and published {} {} {} {} {}", kv("event", "index_build"), kv("generation", m.generation()),
                    kv("documents", m.documents()), kv("passages", m.passages()), kv("millis", clock.total()));
            return ReindexReport.published(m, new ReindexReport.Timings(validated, built, verified, clock.total()), warnings);
        } catch (Exception e) {
            if (!live) {
                store.cleanIncomplete();
                if (generation != null) {
                    store.discard(generation);
                }
            }
            LOG.warn("reindex failed {} {}", kv("event", "index_build_failed"), kv("problem", FailureText.of(e)));
            return ReindexReport.failed("reindex", "The new index was not published: " + FailureText.of(e) + ". " + stillLive(), clock.total(), warnings);
        }
    }

    private PassageIndex verified(Path generation, Corpus corpus, Consumer<PassageIndex> load) throws IOException {
        return openLoaded(generation, candidate -> {
            Canary.check(candidate, corpus);
            load.accept(candidate);
        });
    }

    /**
     * Opens a generation as {@link #open} does and runs {@code load} on it (the serving stages load their models);
     * if that throws, the index is closed and the failure thrown: what every generation passes before it is served.
     */
    public PassageIndex openLoaded(Path generation, Consumer<PassageIndex> load) throws IOException {
        return CheckedGeneration.loaded(open(generation), load);
    }

    /** Makes the generation before the live one live again, and keeps it at restarts until the next reindex. */
    public ReindexReport rollback(Consumer<PassageIndex> serve) throws BuildRunningException, IOException {
        return rollback(NOTHING_TO_LOAD, serve);
    }

    /**
     * As {@link #rollback(Consumer)}, going only to a generation that was verified when built and passes the same
     * checks (and {@code load}) now; one that does not is taken off the rollback targets and the next older one tried.
     */
    public ReindexReport rollback(Consumer<PassageIndex> load, Consumer<PassageIndex> serve) throws BuildRunningException, IOException {
        Stopwatch clock = new Stopwatch();
        return locked(() -> new Rollback(this).run(load, serve, clock));
    }

    /**
     * The generation to serve at start: the live one if it was built from this corpus or pinned by a rollback, else a
     * new one. If the corpus has errors but a good generation exists, that one is served and the problems are logged.
     */
    public Path ensureCurrent() throws Exception {
        return ensureCurrent(BuildProgress.NONE);
    }

    /** As {@link #ensureCurrent()}, telling a build's progress. */
    public Path ensureCurrent(BuildProgress progress) throws Exception {
        return new StartupBuild(this).ensureCurrent(progress);
    }

    /** Whether there is a live generation to serve as it is: built from this corpus, or pinned by a rollback. */
    public boolean isUpToDate() throws IOException {
        return store.current().isPresent() && (store.isPinned() || store.isCurrentFor(CorpusLoader.checksum(corpusDir)));
    }

    /** For callers that only build (the CLI): the verified index is not served here. */
    public static void closeQuietly(PassageIndex index) {
        try {
            index.close();
        } catch (IOException ignored) {
            // read-only files; nothing to recover
        }
    }

    /**
     * A reindex of the corpus the live generation was built from makes no new generation: it would only push a
     * rollback target off the kept ones. It clears a rollback's pin, as any reindex does.
     */
    private Optional<ReindexReport> unchanged(Validation validation, Stopwatch clock, long validated) throws IOException {
        Optional<Path> live = store.current();
        if (live.isEmpty() || !store.isVerified(live.get()) || !store.isCurrentFor(validation.corpus().orElseThrow().checksum())) {
            return Optional.empty();
        }
        store.pin(false);
        Manifest m = GenerationCheck.manifest(live.get());
        LOG.info("reindex found the corpus unchanged {} {}", kv("event", "index_unchanged"), kv("generation", m.generation()));
        return Optional.of(ReindexReport.unchanged(m, new ReindexReport.Timings(validated, 0, 0, clock.total()), describe(validation.warnings())));
    }

    /** The sentence every report that changed nothing ends with. */
    String stillLive() throws IOException {
        Optional<Path> current = store.current();
        return current.map(p -> "The live index is unchanged (" + p.getFileName() + ").").orElse("There is no live index yet.");
    }

    private List<String> describe(List<Problem> problems) {
        return problems.stream().map(p -> p.describe(corpusDir)).toList();
    }
}
