package faqbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFaqReaderTest {

    @TempDir
    Path corpus;

    private final CsvFaqReader reader = new CsvFaqReader();

    @Test
    void readsQuotedFieldsAlternatesAndOptionalColumns() throws Exception {
        Path file = CorpusFiles.write(corpus, "faq/after-care.csv", """
                question,answer,url,alternates,id,title
                "Can I shower, or bathe?","Yes, after 24 hours.
                Keep the dressing dry.",https://h.example/care#shower,can i wash | bath ok?,shower,After your procedure
                When can I drive?,"Not for a day; ask ""your"" doctor.",https://h.example/care,,,
                """);

        Document doc = reader.read(file);

        assertThat(doc.passages()).extracting(Passage::id).containsExactly("shower", "after-care/when-can-i-drive");
        Passage shower = doc.passages().get(0);
        assertThat(shower.question()).containsExactly("Can I shower, or bathe?", "can i wash", "bath ok?");
        assertThat(shower.text()).isEqualTo("Yes, after 24 hours.\nKeep the dressing dry.");
        assertThat(shower.documentTitle()).isEqualTo("After your procedure");
        assertThat(shower.anchor()).isEqualTo("shower");
        Passage drive = doc.passages().get(1);
        assertThat(drive.text()).isEqualTo("Not for a day; ask \"your\" doctor.");
        assertThat(drive.documentTitle()).isEqualTo("After care");
        assertThat(doc.lineOf("after-care/when-can-i-drive")).isEqualTo(4);
    }

    @Test
    void namesTheMissingColumnsOfTheHeader() {
        Path file = CorpusFiles.write(corpus, "faq/x.csv", "question,text\nQ?,A.\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CorpusException.class, e ->
                assertThat(e.getMessage()).contains("x.csv:1: error: the header row lacks the column(s) answer, url"));
    }

    @Test
    void saysSoWhenTheSheetWasSavedWithSemicolons() {
        Path file = CorpusFiles.write(corpus, "faq/x.csv", "question;answer;url\nQ?;A.;https://h.example\n");

        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("separated by semicolons: save the sheet as CSV with commas");
    }

    @Test
    void reportsEveryMalformedRowWithItsLine() {
        Path file = CorpusFiles.write(corpus, "faq/x.csv", """
                question,answer,url
                Q1?,A1.,https://h.example/1
                Q2?,A, with a comma,https://h.example/2
                Q3?,,https://h.example/3
                Q4?,A4.
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CorpusException.class, e ->
                assertThat(e.problems()).extracting(Problem::line).containsExactly(3, 4, 5));
    }

    @Test
    void reportsAQuoteThatIsNeverClosed() {
        Path file = CorpusFiles.write(corpus, "faq/x.csv", "question,answer,url\nQ1?,\"A1.,https://h.example/1\nQ2?,A2.,https://h.example/2\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CorpusException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).message()).contains("malformed CSV");
        });
    }

    @Test
    void splitsAlternatesAtBars() {
        assertThat(FaqColumns.splitAlternates(" a |b||  c ")).isEqualTo(List.of("a", "b", "c"));
        assertThat(FaqColumns.splitAlternates("")).isEmpty();
    }
}
