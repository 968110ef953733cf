package faqbot.index;

import faqbot.corpus.Corpus;
import faqbot.semantic.Embedder;
import faqbot.semantic.EmbeddingCache;
import faqbot.semantic.PassageText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index directory: numbered generations, each complete in itself, and a CURRENT file naming the live one.
 * A generation is written whole (its manifest last) before CURRENT is switched with an atomic rename, so a crash
 * at any moment leaves the previous generation live.
 */
public final class IndexStore {

    public static final String LUCENE_DIR = "lucene";
    public static final String SYNONYMS_FILE = "synonyms.txt";
    public static final String ENTITIES_FILE = "entities.txt";
    public static final String REDFLAGS_FILE = "redflags.txt";
    public static final String SMALLTALK_FILE = "smalltalk.yaml";
    /** Content files a generation carries a copy of, so it is complete in itself and can be copied to replicas. */
    static final List<String> COPIED_FILES = List.of(SYNONYMS_FILE, ENTITIES_FILE, REDFLAGS_FILE, SMALLTALK_FILE);
    /** Written into a generation once it passed its checks as a new build: only such a generation is a rollback target. */
    static final String VERIFIED = "VERIFIED";
    private static final String PREFIX = "gen-";

    private final Path root;
    private final LivePointer live;

    public IndexStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.live = new LivePointer(this.root);
    }

    public Path root() {
        return root;
    }

    /** The live generation, if there is one with a manifest. */
    public Optional<Path> current() throws IOException {
        return live.current();
    }

    /** Whether the live generation was built from exactly this corpus by this index format. */
    public boolean isCurrentFor(String corpusChecksum) throws IOException {
        Optional<Path> gen = current();
        if (gen.isEmpty()) {
            return false;
        }
        Manifest manifest = GenerationCheck.manifest(gen.get());
        return corpusChecksum.equals(manifest.corpusChecksum()) && GenerationCheck.isCurrentFormat(manifest)
                && GenerationCheck.hasCurrentVectors(manifest);
    }

    /** Builds a new generation beside the live one; it is not live until {@link #activate}. */
    public Path build(Corpus corpus, List<GenerationArtifact> artifacts) throws Exception {
        return build(corpus, artifacts, BuildProgress.NONE);
    }

    /**
     * Builds a new generation beside the live one, telling the progress; it is not live until {@link #activate}. The
     * artifacts (models trained from the corpus) are built on a thread of their own while the passages are embedded and
     * indexed: they do not read the index, and the index's last steps leave a core idle.
     */
    public Path build(Corpus corpus, List<GenerationArtifact> artifacts, BuildProgress progress) throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(root);
        Path gen = root.resolve(nextGenerationName());
        Files.createDirectories(gen);
        ExecutorService beside = Workers.named(1, "faqbot-artifacts");
        try {
            Future<Void> built = beside.submit(() -> buildArtifacts(corpus, artifacts, gen));
            PassageIndexWriter.write(corpus.passages(), vectors(corpus, progress), gen.resolve(LUCENE_DIR), progress);
            for (String name : COPIED_FILES) {
                Path file = corpus.directory().resolve(name);
                if (Files.exists(file)) {
                    Files.copy(file, gen.resolve(name));
                }
            }
            awaitArtifacts(built);
        } finally {
            // artifacts still being written (the index failed first) stop before the generation is discarded
            Workers.stop(beside);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        new Manifest(Version.current(), gen.getFileName().toString(), corpus.checksum(), corpus.documents().size(),
                corpus.passages().size(), Instant.now().toString(), millis, GenerationCheck.sums(gen), Embedder.MODEL,
                Embedder.DIMENSION).write(gen);
        return gen;
    }

    private static Void buildArtifacts(Corpus corpus, List<GenerationArtifact> artifacts, Path gen) throws Exception {
        for (GenerationArtifact artifact : artifacts) {
            artifact.build(corpus, gen);
            for (String required : artifact.requiredFiles()) {
                if (!Files.isRegularFile(gen.resolve(required))) {
                    throw new IllegalStateException(artifact.getClass().getSimpleName() + " wrote no " + required + ", which every generation needs");
                }
            }
        }
        return null;
    }

    /** Waits for the artifacts; their failure is the build's, as if they had been built on the build's own thread. */
    private static void awaitArtifacts(Future<Void> built) throws Exception {
        try {
            built.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Each passage's vector: kept from earlier builds where its text is unchanged, else embedded now. */
    private List<float[]> vectors(Corpus corpus, BuildProgress progress) throws IOException {
        List<String> texts = corpus.passages().stream().map(PassageText::of).toList();
        EmbeddingCache cache = new EmbeddingCache(root);
        return cache.vectors(texts, Embedder.shared(), progress).vectors();
    }

    /** Marks a generation as having passed every check of a new build (see {@link #rollbackTargets}). */
    public void markVerified(Path generation) throws IOException {
        Files.writeString(generation.resolve(VERIFIED), "passed its checks " + Instant.now() + "\n", StandardCharsets.UTF_8);
    }

    /** Whether a generation passed every check of a new build and was not found unusable since. */
    public boolean isVerified(Path generation) {
        return Files.isRegularFile(generation.resolve(VERIFIED));
    }

    /** Takes a generation found unusable off the rollback targets; it stays on disk for a look until it is pruned. */
    public void unverify(Path generation) throws IOException {
        Files.deleteIfExists(generation.resolve(VERIFIED));
    }

    /** Makes a built generation the live one, atomically (written aside, flushed to disk, renamed over CURRENT). */
    public void activate(Path generation) throws IOException {
        live.pointAt(generation);
    }

    /** Every complete generation (one with a manifest), oldest first. */
    public List<Path> generations() throws IOException {
        return generationDirs().stream().filter(IndexStore::isComplete).toList();
    }

    /**
     * Where a rollback may go, newest first: generations older than the live one that passed their checks when built
     * (a generation written by a killed or failed build, or found unusable since, never does).
     */
    public List<Path> rollbackTargets() throws IOException {
        Optional<Path> current = current();
        if (current.isEmpty()) {
            return List.of();
        }
        int live = number(current.get());
        List<Path> older = new ArrayList<>(generations().stream()
                .filter(g -> number(g) < live && isVerified(g)).toList());
        Collections.reverse(older);
        return older;
    }

    /** The rollback target a rollback would try first: the newest one whose files all look in place. */
    public Optional<Path> previous() throws IOException {
        return rollbackTargets().stream().filter(GenerationCheck::looksServable).findFirst();
    }

    /**
     * Deletes what a killed build left behind: generation directories without a manifest, and a stray CURRENT.tmp.
     * Call only while holding the build lock, so no build is writing one of them.
     */
    public List<Path> cleanIncomplete() throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path dir : generationDirs()) {
            if (!isComplete(dir)) {
                delete(dir);
                removed.add(dir);
            }
        }
        live.cleanIncomplete();
        return removed;
    }

    /** Deletes complete generations beyond the newest {@code keep}, never the live one. */
    public List<Path> prune(int keep) throws IOException {
        List<Path> complete = generations();
        Optional<Path> current = current();
        List<Path> removed = new ArrayList<>();
        for (Path gen : complete.subList(0, Math.max(0, complete.size() - keep))) {
            if (current.isEmpty() || !current.get().equals(gen)) {
                delete(gen);
                removed.add(gen);
            }
        }
        return removed;
    }

    /** Deletes one generation, e.g. a new one that failed verification. */
    public void discard(Path generation) throws IOException {
        if (generation.getParent() != null && generation.getParent().equals(root) && generation.getFileName().toString().startsWith(PREFIX)) {
            delete(generation);
        }
    }

    /**
     * Marks the live generation as chosen by hand (a rollback): starting the server then keeps it even though the
     * corpus has changed since, until the next reindex.
     */
    public void pin(boolean pinned) throws IOException {
        live.pin(pinned);
    }

    public boolean isPinned() {
        return live.isPinned();
    }

    private List<Path> generationDirs() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> number(p) > 0 && Files.isDirectory(p))
                    .sorted(Comparator.comparingInt(IndexStore::number))
                    .toList();
        }
    }

    private static boolean isComplete(Path generation) {
        return Files.isRegularFile(generation.resolve(Manifest.FILE));
    }

    /** gen-000042 → 42; anything else → 0. */
    private static int number(Path p) {
        String name = p.getFileName().toString();
        if (!name.startsWith(PREFIX)) {
            return 0;
        }
        try {
            return Integer.parseInt(name.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void delete(Path dir) throws IOException {
        deleteTree(dir);
    }

    /** Deletes a directory and everything in it. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private String nextGenerationName() throws IOException {
        int last = 0;
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.toList()) {
                last = Math.max(last, number(p));
            }
        }
        return String.format("%s%06d", PREFIX, last + 1);
    }
}
