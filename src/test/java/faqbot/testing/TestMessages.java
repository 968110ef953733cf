package faqbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Messages in patients' words, for tests that check a faster piece gives what the reference gives: the content
 * tests' turns, the retrieval questions, the dialogue turns, the intent lines, each synonym rule's wordings, and (where
 * the shared data is beside the project) MedQuAD's questions.
 */
public final class TestMessages {

    public static final Path MEDQUAD = Path.of("../shared/data/medquad/medquad.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestMessages() {}

    /** Everything the bundled corpus and the test resources hold, in a fixed order. */
    public static List<String> patients() {
        List<String> messages = new ArrayList<>();
        for (Path file : files(Path.of("corpus/tests"), ".jsonl")) {
            for (String line : lines(file)) {
                if (!line.isBlank()) {
                    json(line).path("turns").forEach(turn -> messages.add(turn.path("message").asText()));
                }
            }
        }
        lines(Path.of("src/test/resources/retrieval/questions.tsv")).forEach(l -> messages.add(l.split("\t")[0]));
        for (Path file : files(Path.of("src/test/resources/dialogues"), ".txt")) {
            lines(file).stream().filter(l -> l.startsWith("> ")).forEach(l -> messages.add(l.substring(2)));
        }
        for (Path file : files(Path.of("corpus/intents"), ".txt")) {
            lines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(messages::add);
        }
        lines(Path.of("corpus/synonyms.txt")).forEach(rule -> messages.add(rule.replaceAll("[,=>]", " ")));
        return messages;
    }

    /** The first questions of MedQuAD, or none when the shared data is not beside the project. */
    public static List<String> medquad(int limit) {
        if (!Files.exists(MEDQUAD)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(MEDQUAD)) {
            return lines.limit(limit).map(line -> json(line).path("question").asText()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
