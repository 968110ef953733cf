package faqbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small corpus files into a test's temporary directory. */
final class CorpusFiles {

    private CorpusFiles() {}

    static Path write(Path corpus, String relative, String text) {
        try {
            Path file = corpus.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
