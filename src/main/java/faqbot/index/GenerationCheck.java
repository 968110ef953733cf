package faqbot.index;

import faqbot.index.Manifest.FileSum;
import faqbot.semantic.Embedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Whether an index generation may be served: its manifest reads, it was built for this index format, every file it was
 * built with is there at its size and checksum, every file the running stages require of every generation is there,
 * and every Lucene file passes Lucene's own checksum. Run at start and before every swap (reindex, rollback); the
 * first problem found is the one told, naming the generation and the file.
 */
public final class GenerationCheck {

    /** Lucene's lock file: there or not depending on how the writer closed, never read. */
    private static final String LUCENE_LOCK = "write.lock";
    /** Files of a generation that are written after its manifest, so the manifest cannot list them. */
    private static final Set<String> UNLISTED = Set.of(Manifest.FILE, Manifest.FILE + ".tmp", IndexStore.VERIFIED);

    private GenerationCheck() {}

    /** The generation's manifest, or why it cannot be read. */
    public static Manifest manifest(Path generation) throws UnusableGenerationException {
        try {
            return Manifest.read(generation);
        } catch (IOException | RuntimeException e) {
            throw new UnusableGenerationException(generation, "its " + Manifest.FILE + " cannot be read (" + firstLine(e) + ")", e);
        }
    }

    /** The whole check, reading every file once. */
    public static Manifest check(Path generation, Collection<String> required) throws UnusableGenerationException {
        Manifest manifest = listed(generation, required);
        for (Map.Entry<String, FileSum> file : manifest.files().entrySet()) {
            String expected = file.getValue().sha256();
            if (expected != null && !expected.equals(sha256(generation, file.getKey()))) {
                throw new UnusableGenerationException(generation, file.getKey()
                        + " does not match the checksum in its manifest (damaged or changed since the build)");
            }
        }
        luceneChecksums(generation);
        return manifest;
    }

    /** The cheap part, reading no file's content: the manifest, its format, every listed and required file at its size. */
    public static Manifest listed(Path generation, Collection<String> required) throws UnusableGenerationException {
        Manifest manifest = manifest(generation);
        if (!isCurrentFormat(manifest)) {
            throw new UnusableGenerationException(generation, "it was built by faqbot " + manifest.version()
                    + " and this faqbot reads index format " + Version.INDEX_FORMAT + " (run reindex)");
        }
        if (manifest.files() == null) {
            throw new UnusableGenerationException(generation, "its manifest lists no files (an older faqbot built it; run reindex)");
        }
        vectorsMatch(generation, manifest);
        for (String name : required) {
            if (!manifest.files().containsKey(name)) {
                throw new UnusableGenerationException(generation, name + " is missing (every generation needs it; run reindex)");
            }
        }
        for (Map.Entry<String, FileSum> file : manifest.files().entrySet()) {
            sizeOf(generation, file.getKey(), file.getValue().bytes());
        }
        return manifest;
    }

    /** Whether the cheap part passes: for choosing a rollback target and showing it, without reading every file. */
    public static boolean looksServable(Path generation) {
        try {
            listed(generation, Set.of());
            return true;
        } catch (UnusableGenerationException e) {
            return false;
        }
    }

    /**
     * The questions are embedded by this process's model: a generation whose passages were embedded by another one (or
     * by none) would be served with its dense half meaningless, so it is refused, not served half-working.
     */
    private static void vectorsMatch(Path generation, Manifest manifest) throws UnusableGenerationException {
        if (manifest.embeddingModel() == null) {
            throw new UnusableGenerationException(generation, "its manifest names no embedding model: it holds no passage vectors (run reindex)");
        }
        if (!hasCurrentVectors(manifest)) {
            throw new UnusableGenerationException(generation, "its passage vectors were made by " + manifest.embeddingModel() + " ("
                    + manifest.embeddingDimension() + " dimensions) and this faqbot embeds questions with " + Embedder.MODEL + " ("
                    + Embedder.DIMENSION + " dimensions); run reindex");
        }
    }

    /** Whether the generation's vectors were made by the model this faqbot embeds questions with. */
    static boolean hasCurrentVectors(Manifest manifest) {
        return Embedder.MODEL.equals(manifest.embeddingModel()) && manifest.embeddingDimension() == Embedder.DIMENSION;
    }

    static boolean isCurrentFormat(Manifest manifest) {
        return manifest.version() != null && manifest.version().endsWith("+index" + Version.INDEX_FORMAT);
    }

    /** Every file of a freshly built generation with its size (and checksum, but for Lucene's), for its manifest. */
    static Map<String, FileSum> sums(Path generation) throws IOException {
        Map<String, FileSum> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(generation)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = generation.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (UNLISTED.contains(name) || name.equals(IndexStore.LUCENE_DIR + "/" + LUCENE_LOCK)) {
                    continue;
                }
                boolean lucene = name.startsWith(IndexStore.LUCENE_DIR + "/");
                sums.put(name, new FileSum(Files.size(file), lucene ? null : sha256(generation, name)));
            }
        }
        return sums;
    }

    private static void sizeOf(Path generation, String name, long expected) throws UnusableGenerationException {
        Path file = generation.resolve(name);
        long size;
        try {
            size = Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            throw new UnusableGenerationException(generation, name + " cannot be read (" + firstLine(e) + ")", e);
        }
        if (size < 0) {
            throw new UnusableGenerationException(generation, name + " is missing (its manifest lists it)");
        }
        if (size != expected) {
            throw new UnusableGenerationException(generation, name + " is " + size + " bytes, its manifest says " + expected
                    + " (truncated or changed since the build)");
        }
    }

    private static String sha256(Path generation, String name) throws UnusableGenerationException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(generation.resolve(name)), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UnusableGenerationException(generation, name + " cannot be read (" + firstLine(e) + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void luceneChecksums(Path generation) throws UnusableGenerationException {
        try (Directory dir = FSDirectory.open(generation.resolve(IndexStore.LUCENE_DIR))) {
            for (String file : dir.listAll()) {
                if (file.equals(LUCENE_LOCK)) {
                    continue;
                }
                try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                } catch (IOException e) {
                    throw new UnusableGenerationException(generation, IndexStore.LUCENE_DIR + "/" + file + " fails Lucene's checksum ("
                            + firstLine(e) + ")", e);
                }
            }
        } catch (UnusableGenerationException e) {
            throw e;
        } catch (IOException e) {
            throw new UnusableGenerationException(generation, IndexStore.LUCENE_DIR + " cannot be read (" + firstLine(e) + ")", e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
