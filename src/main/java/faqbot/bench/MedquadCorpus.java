package faqbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A corpus directory that holds the MedQuAD file as its one FAQ sheet, linked rather than copied. */
final class MedquadCorpus {

    static final String SHEET = "faq/medquad.jsonl";

    private MedquadCorpus() {}

    static Path create(Path medquadFile, Path parent) throws IOException {
        Path corpus = Files.createDirectories(parent.resolve("corpus"));
        Path sheet = corpus.resolve(SHEET);
        Files.createDirectories(sheet.getParent());
        Files.deleteIfExists(sheet);
        Files.createSymbolicLink(sheet, medquadFile.toAbsolutePath().normalize());
        return corpus;
    }
}
