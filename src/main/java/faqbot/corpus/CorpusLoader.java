package faqbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reads a corpus directory with the document readers that accept each file. */
public final class CorpusLoader {

    private final List<DocumentReader> readers;

    public CorpusLoader(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static CorpusLoader standard() {
        return new CorpusLoader(List.of(new MarkdownArticleReader()));
    }

    public Corpus load(Path directory) throws CorpusException {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new CorpusException(dir, 0, "corpus directory not found");
        }
        List<Path> files = files(dir);
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            for (DocumentReader reader : readers) {
                if (reader.accepts(dir, file)) {
                    documents.add(reader.read(file));
                    break;
                }
            }
        }
        return new Corpus(dir, documents, checksum(dir, files));
    }

    /** A checksum over every file's path and bytes: any content edit means the index is stale. */
    public static String checksum(Path dir) {
        return checksum(dir, files(dir));
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checksum(Path dir, List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(dir.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
