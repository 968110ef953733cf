package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.testing.TestIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class GraphQueryBuilderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MEDQUAD = Path.of("../shared/data/medquad/medquad.jsonl");
    private static final int MEDQUAD_QUESTIONS = 3000;

    @Test
    void everyQuestionBecomesTheQueryLucenesOwnBuilderMakes() throws IOException {
        List<String> messages = messages();

        for (String message : messages) {
            Query[] both = wordQueries(message);
            assertThat(both[0]).as(message).isEqualTo(both[1]);
            // The same clauses in the same order: scores are summed in clause order.
            assertThat(String.valueOf(both[0])).as(message).isEqualTo(String.valueOf(both[1]));
        }
        assertThat(messages).hasSizeGreaterThan(500);
    }

    @Test
    void multiWordSynonymsNextToEachOtherAndAfterRemovedWordsAgreeToo() {
        for (String message : List.of("is the health plan or the insurance company paying",
                "the the after surgery after the procedure post procedure", "side effects go wrong goes wrong",
                "what what what", "", "?", "insurance insurance insurance company health plan plan")) {
            Query[] both = wordQueries(message);
            assertThat(String.valueOf(both[0])).as(message).isEqualTo(String.valueOf(both[1]));
        }
    }

    @Test
    void aQuestionWithAMultiWordSynonymBecomesAGraphOfItsWordings() {
        Query[] both = wordQueries("is it covered by my insurance company");

        assertThat(String.valueOf(both[0])).contains("+body:insur +body:compani");
    }

    private static Query[] wordQueries(String message) {
        return TestIndex.bundled().index().use(idx -> {
            try {
                return idx.wordQueries(message);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Patients' questions from every test file, the intent lines, each synonym rule's wordings, and MedQuAD's. */
    private static List<String> messages() throws IOException {
        List<String> messages = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("corpus/tests/kyphoplasty-vs-vertebroplasty.jsonl"))) {
            JSON.readTree(line).path("turns").forEach(turn -> messages.add(turn.path("message").asText()));
        }
        Files.readAllLines(Path.of("src/test/resources/retrieval/questions.tsv")).forEach(l -> messages.add(l.split("\t")[0]));
        try (Stream<Path> dialogues = Files.list(Path.of("src/test/resources/dialogues"));
                Stream<Path> intents = Files.list(Path.of("corpus/intents"))) {
            for (Path file : Stream.concat(dialogues, intents).toList()) {
                Files.readAllLines(file).forEach(l -> messages.add(l.replaceFirst("^[>=#] ?", "")));
            }
        }
        for (String rule : Files.readAllLines(Path.of("corpus/synonyms.txt"))) {
            messages.add(rule.replaceAll("[,=>]", " "));
        }
        if (Files.exists(MEDQUAD)) {
            try (BufferedReader lines = Files.newBufferedReader(MEDQUAD)) {
                lines.lines().limit(MEDQUAD_QUESTIONS).map(GraphQueryBuilderTest::question).forEach(messages::add);
            }
        }
        return messages;
    }

    private static String question(String jsonLine) {
        try {
            JsonNode entry = JSON.readTree(jsonLine);
            return entry.path("question").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
