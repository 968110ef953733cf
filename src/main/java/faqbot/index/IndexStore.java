package faqbot.index;

import faqbot.corpus.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index directory: numbered generations, each complete in itself, and a CURRENT file naming the live one.
 * A generation is written whole (its manifest last) before CURRENT is switched with an atomic rename, so a crash
 * at any moment leaves the previous generation live.
 */
public final class IndexStore {

    static final String CURRENT = "CURRENT";
    public static final String LUCENE_DIR = "lucene";
    public static final String SYNONYMS_FILE = "synonyms.txt";
    public static final String ENTITIES_FILE = "entities.txt";
    public static final String REDFLAGS_FILE = "redflags.txt";
    public static final String SMALLTALK_FILE = "smalltalk.yaml";
    /** Content files a generation carries a copy of, so it is complete in itself and can be copied to replicas. */
    static final List<String> COPIED_FILES = List.of(SYNONYMS_FILE, ENTITIES_FILE, REDFLAGS_FILE, SMALLTALK_FILE);
    private static final String PREFIX = "gen-";

    private final Path root;

    public IndexStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The live generation, if there is one with a manifest. */
    public Optional<Path> current() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        Path gen = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        return Files.exists(gen.resolve(Manifest.FILE)) ? Optional.of(gen) : Optional.empty();
    }

    /** Whether the live generation was built from exactly this corpus by this index format. */
    public boolean isCurrentFor(String corpusChecksum) throws IOException {
        Optional<Path> gen = current();
        if (gen.isEmpty()) {
            return false;
        }
        Manifest manifest = Manifest.read(gen.get());
        return manifest.corpusChecksum().equals(corpusChecksum) && manifest.version().endsWith("+index" + Version.INDEX_FORMAT);
    }

    /** Builds a new generation beside the live one; it is not live until {@link #activate}. */
    public Path build(Corpus corpus, List<GenerationArtifact> artifacts) throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(root);
        Path gen = root.resolve(nextGenerationName());
        Files.createDirectories(gen);
        PassageIndexWriter.write(corpus.passages(), gen.resolve(LUCENE_DIR));
        for (String name : COPIED_FILES) {
            Path file = corpus.directory().resolve(name);
            if (Files.exists(file)) {
                Files.copy(file, gen.resolve(name));
            }
        }
        for (GenerationArtifact artifact : artifacts) {
            artifact.build(corpus, gen);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        new Manifest(Version.current(), gen.getFileName().toString(), corpus.checksum(), corpus.documents().size(),
                corpus.passages().size(), Instant.now().toString(), millis).write(gen);
        return gen;
    }

    /** Makes a built generation the live one, atomically. */
    public void activate(Path generation) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private String nextGenerationName() throws IOException {
        int last = 0;
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(PREFIX)) {
                    try {
                        last = Math.max(last, Integer.parseInt(name.substring(PREFIX.length())));
                    } catch (NumberFormatException ignored) {
                        // not one of ours
                    }
                }
            }
        }
        return String.format("%s%06d", PREFIX, last + 1);
    }
}
