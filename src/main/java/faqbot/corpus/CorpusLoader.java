package faqbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads a corpus directory with the document readers that accept each file, and checks it whole. */
public final class CorpusLoader {

    private final List<DocumentReader> readers;

    public CorpusLoader(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Markdown articles, HTML pages, FAQ sheets in CSV and JSONL. */
    public static CorpusLoader standard() {
        return new CorpusLoader(List.of(new MarkdownArticleReader(), new HtmlPageReader(), new CsvFaqReader(), new JsonlFaqReader()));
    }

    /** The corpus, or every error in it at once. */
    public Corpus load(Path directory) throws CorpusException {
        return validate(directory).corpusOrThrow();
    }

    /** Reads every file and reports every problem, errors and warnings; never stops at the first. */
    public Validation validate(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return new Validation(dir, Optional.empty(), List.of(Problem.error(dir, 0, "corpus directory not found")));
        }
        List<Path> files = files(dir);
        List<Document> documents = new ArrayList<>();
        List<Document> incomplete = new ArrayList<>();
        List<Path> unread = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            Optional<DocumentReader> reader = readers.stream().filter(r -> r.accepts(dir, file)).findFirst();
            if (reader.isEmpty()) {
                unread.add(file);
                continue;
            }
            try {
                documents.add(reader.get().read(file));
            } catch (CorpusException e) {
                problems.addAll(e.problems());
                e.readable().ifPresent(incomplete::add);
            } catch (RuntimeException e) {
                problems.add(Problem.error(file, 0, "cannot read this file (" + e + ")"));
            }
        }
        problems.addAll(new CorpusChecks(dir).check(documents, incomplete, unread, files));
        boolean ok = problems.stream().noneMatch(Problem::isError);
        Optional<Corpus> corpus = ok ? Optional.of(new Corpus(dir, documents, checksum(dir, files))) : Optional.empty();
        return new Validation(dir, corpus, problems);
    }

    /** A checksum over every file's path and bytes: any content edit means the index is stale. */
    public static String checksum(Path dir) {
        return checksum(dir, files(dir));
    }

    /** Every file, through symbolic links too: an evaluation corpus may link the bundled articles and sheets. */
    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
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
                digest.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
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
