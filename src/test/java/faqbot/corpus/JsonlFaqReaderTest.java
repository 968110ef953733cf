package faqbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFaqReaderTest {

    private static final Path MEDQUAD = Path.of("../shared/data/medquad/medquad.jsonl");

    @TempDir
    Path corpus;

    private final JsonlFaqReader reader = new JsonlFaqReader();

    @Test
    void keepsTheEntryIdAsThePassageIdWithItsQuestionAlternatesAndAnswer() throws Exception {
        Path file = CorpusFiles.write(corpus, "faq/billing.jsonl", """
                {"id": "cost-1", "question": "How much does it cost?", "answer": "About $2,000.", "url": "https://h.example/billing#cost", "alternates": ["price?", "what will I pay"]}
                {"id": "card", "question": "Can I pay by card?", "answer": "Yes.", "url": "https://h.example/billing", "title": "Paying", "alternates": "visa | mastercard"}
                """);

        Document doc = reader.read(file);

        assertThat(doc.passages()).extracting(Passage::id).containsExactly("cost-1", "card");
        Passage cost = doc.passages().get(0);
        assertThat(cost.question()).containsExactly("How much does it cost?", "price?", "what will I pay");
        assertThat(cost.text()).isEqualTo("About $2,000.");
        assertThat(cost.citationUrl()).isEqualTo("https://h.example/billing#cost");
        assertThat(cost.documentId()).isEqualTo("billing");
        assertThat(doc.passages().get(1).question()).containsExactly("Can I pay by card?", "visa", "mastercard");
        assertThat(doc.passages().get(1).documentTitle()).isEqualTo("Paying");
        assertThat(doc.lineOf("card")).isEqualTo(2);
    }

    @Test
    void readsAFileThatStartsWithAByteOrderMark() throws Exception {
        Path file = CorpusFiles.write(corpus, "faq/bom.jsonl", "\uFEFF{\"id\": \"a\", \"question\": \"Q?\", \"answer\": \"A.\", \"url\": \"https://h.example/a\"}\n");

        assertThat(reader.read(file).passages()).extracting(Passage::id).containsExactly("a");
    }

    @Test
    void keepsOtherTextFieldsAsMetadataAndIgnoresTheRest() throws Exception {
        Path file = CorpusFiles.write(corpus, "faq/nih.jsonl", """
                {"id": "1", "question": "What is gout?", "answer": "A kind of arthritis.", "url": "https://n.example/gout", "focus": "Gout", "synonyms": ["podagra"], "qtype": "information", "nested": {"x": 1}}
                """);

        Passage p = reader.read(file).passages().get(0);

        assertThat(p.metadata()).isEqualTo(Map.of("focus", List.of("Gout"), "synonyms", List.of("podagra"), "qtype", List.of("information")));
        assertThat(p.meta("focus")).contains("Gout");
        assertThat(p.meta("absent")).isEmpty();
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        Path file = CorpusFiles.write(corpus, "faq/bad.jsonl", """
                {"id": "a", "question": "Q?", "answer": "A.", "url": "https://h.example/a"}
                {"id": "b", "question": "Q2?", "answer": "A2."
                [1, 2]

                {"id": "c", "question": "", "answer": "A.", "url": "https://h.example/c"}
                {"id": "a", "question": "Q again?", "answer": "A.", "url": "https://h.example/a"}
                {"id": "d", "question": "Q?", "answer": " ", "url": ""}
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CorpusException.class, e ->
                assertThat(e.problems()).extracting(Problem::line, p -> p.message().split(" ")[0] + " " + p.message().split(" ")[1])
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(2, "this line"),
                                org.assertj.core.groups.Tuple.tuple(3, "each line"),
                                org.assertj.core.groups.Tuple.tuple(5, "the entry"),
                                org.assertj.core.groups.Tuple.tuple(6, "the id"),
                                org.assertj.core.groups.Tuple.tuple(7, "the entry"),
                                org.assertj.core.groups.Tuple.tuple(7, "the entry")));
    }

    @Test
    void tellsApartEntriesThatShareAnIdByTheirSourceAndFocus() throws Exception {
        Path file = CorpusFiles.write(corpus, "faq/nih.jsonl", """
                {"id": "7-1", "question": "What is A?", "answer": "A is.", "url": "https://n.example/x", "focus": "Disease A", "source": "GHR"}
                {"id": "7-1", "question": "What is B?", "answer": "B is.", "url": "https://n.example/x", "focus": "Disease B", "source": "GHR"}
                {"id": "7-1", "question": "What is A?", "answer": "A is.", "url": "https://n.example/z", "focus": "disease a", "source": "GARD"}
                {"id": "8-1", "question": "What is C?", "answer": "C is.", "url": "https://n.example/y", "focus": "Disease C", "source": "GHR"}
                """);

        assertThat(reader.read(file).passages()).extracting(Passage::id)
                .containsExactly("7-1/ghr/disease-a", "7-1/ghr/disease-b", "7-1/gard/disease-a", "8-1");
    }

    @Test
    void loadsTheMedQuadSheetAsItIsQuickly() throws Exception {
        assumeThat(Files.exists(MEDQUAD)).as("shared MedQuAD data next to the repository").isTrue();
        Path file = CorpusFiles.write(corpus, "faq/medquad.jsonl", "");
        Files.copy(MEDQUAD, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        long start = System.nanoTime();
        Document doc = reader.read(file);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(doc.passages()).hasSize(16407);
        assertThat(new HashSet<>(doc.passages().stream().map(Passage::id).toList())).hasSize(16407);
        assertThat(doc.passages().get(0).meta("qtype")).contains("information");
        assertThat(doc.passages().get(0).meta("focus")).contains("Adult Acute Lymphoblastic Leukemia");
        assertThat(millis).as("read time in ms, on a busy 2-core machine").isLessThan(15_000);
    }
}
