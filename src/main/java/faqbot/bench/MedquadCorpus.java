package faqbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus directory for the benchmarks: the MedQuAD file as its one FAQ sheet (linked, never copied into the
 * repository), with the bot's own conversation files (intents, red flags, small talk) from the bundled corpus, so
 * a reindex also trains the intent model. The article's synonyms and procedures stay out: they are about its topic.
 */
final class MedquadCorpus {

    static final String SHEET = "faq/medquad.jsonl";
    private static final List<String> BOT_FILES = List.of("intents", "redflags.txt", "smalltalk.yaml");

    private MedquadCorpus() {}

    static Path create(Path medquadFile, Path parent, Path botCorpus) throws IOException {
        Path corpus = Files.createDirectories(parent.resolve("corpus"));
        Path sheet = corpus.resolve(SHEET);
        Files.createDirectories(sheet.getParent());
        Files.deleteIfExists(sheet);
        Files.createSymbolicLink(sheet, medquadFile.toAbsolutePath().normalize());
        for (String name : BOT_FILES) {
            copy(botCorpus.resolve(name), corpus.resolve(name));
        }
        return corpus;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
