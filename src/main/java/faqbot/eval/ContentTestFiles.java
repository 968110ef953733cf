package faqbot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import faqbot.corpus.CorpusException;
import faqbot.corpus.JsonErrors;
import faqbot.corpus.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads `tests/*.jsonl` (or one such file): one conversation a line,
 * {@code {"name": "...", "turns": [{"message": "...", "expect": {"type": "answer|clarify", "sections": ["anchor", ...], "contains": "phrase"}}]}}.
 * Every problem in every file is reported together as file:line.
 */
final class ContentTestFiles {

    private static final ObjectReader JSON = new ObjectMapper().reader();

    private ContentTestFiles() {}

    static List<ContentTest> read(Path testsDirOrFile) throws CorpusException {
        List<Problem> problems = new ArrayList<>();
        List<ContentTest> tests = new ArrayList<>();
        for (Path file : files(testsDirOrFile, problems)) {
            readFile(file, tests, problems);
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return tests;
    }

    /** One test file as it is, or a directory's `*.jsonl` files in name order. */
    private static List<Path> files(Path dir, List<Problem> problems) {
        if (Files.isRegularFile(dir)) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error(dir, 0, "no tests directory: write conversations in tests/*.jsonl"));
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
            if (files.isEmpty()) {
                problems.add(Problem.error(dir, 0, "no test files: write conversations in tests/*.jsonl"));
            }
            return files;
        } catch (IOException e) {
            problems.add(Problem.error(dir, 0, "cannot list the tests (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    private static void readFile(Path file, List<ContentTest> tests, List<Problem> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.error(file, 0, "cannot read the file as UTF-8 text (" + e.getMessage() + ")"));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                test(file, i + 1, lines.get(i), problems).ifPresent(tests::add);
            }
        }
    }

    private static Optional<ContentTest> test(Path file, int line, String text, List<Problem> problems) {
        int before = problems.size();
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(Problem.error(file, line, "not valid JSON (" + JsonErrors.brief(e) + ")"));
            return Optional.empty();
        }
        String name = node.path("name").asText("");
        if (name.isBlank()) {
            problems.add(Problem.error(file, line, "the conversation has no \"name\""));
        }
        JsonNode turns = node.path("turns");
        if (!turns.isArray() || turns.isEmpty()) {
            problems.add(Problem.error(file, line, "the conversation has no \"turns\": [{\"message\": ..., \"expect\": {...}}]"));
        }
        List<ContentTest.Turn> parsed = new ArrayList<>();
        for (JsonNode turn : turns) {
            turn(file, line, turn, parsed.size() + 1, problems).ifPresent(parsed::add);
        }
        return problems.size() == before ? Optional.of(new ContentTest(file, line, name, parsed)) : Optional.empty();
    }

    private static Optional<ContentTest.Turn> turn(Path file, int line, JsonNode turn, int number, List<Problem> problems) {
        String message = turn.path("message").asText("");
        if (message.isBlank()) {
            problems.add(Problem.error(file, line, "turn " + number + " has no \"message\""));
            return Optional.empty();
        }
        JsonNode expect = turn.path("expect");
        Set<String> types = new LinkedHashSet<>();
        for (String type : expect.path("type").asText("").split("\\|")) {
            if (!type.isBlank()) {
                types.add(type.strip().toLowerCase(Locale.ROOT));
            }
        }
        List<String> sections = new ArrayList<>();
        expect.path("sections").forEach(s -> sections.add(s.asText()));
        if (expect.path("section").isTextual()) {
            sections.add(expect.path("section").asText());
        }
        if (types.isEmpty() && sections.isEmpty() && expect.path("contains").asText("").isBlank()) {
            problems.add(Problem.error(file, line, "turn " + number + " expects nothing: give \"expect\": {\"type\", \"sections\" or \"contains\"}"));
            return Optional.empty();
        }
        return Optional.of(new ContentTest.Turn(message, new Expectation(types, sections, expect.path("contains").asText(""))));
    }
}
