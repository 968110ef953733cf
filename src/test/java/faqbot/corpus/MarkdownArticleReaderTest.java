package faqbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled article read into passages: sections, heading trails, anchors, FAQ entries and tables. */
class MarkdownArticleReaderTest {

    private static final Path ARTICLE = Path.of("corpus/articles/kyphoplasty-vs-vertebroplasty.md");

    private final Document article = read(ARTICLE);

    @Test
    void theArticleHasItsTitleUrlAndEverySectionWithText() {
        assertThat(article.title()).isEqualTo("Kyphoplasty vs. Vertebroplasty: Key Differences");
        assertThat(article.url()).isEqualTo("https://hospital.example/kyphoplasty-vs-vertebroplasty");
        assertThat(article.passages()).hasSize(48);
        assertThat(article.passages()).allSatisfy(p -> assertThat(p.text()).isNotBlank());
    }

    @Test
    void aSubsectionCarriesItsHeadingTrailAnchorAndCitationUrl() {
        Passage risks = passage("fact-5-possible-complications-and-risks--risks-specific-to-kyphoplasty");
        assertThat(risks.section()).isEqualTo("Fact 5: Possible Complications and Risks › Risks Specific to Kyphoplasty");
        assertThat(risks.citationUrl()).isEqualTo("https://hospital.example/kyphoplasty-vs-vertebroplasty#fact-5-possible-complications-and-risks--risks-specific-to-kyphoplasty");
        assertThat(risks.text()).startsWith("Kyphoplasty uses a balloon to make space before adding cement.");
    }

    @Test
    void repeatedSubheadingsGetDistinctAnchorsThroughTheirParents() {
        assertThat(passage("what-is-vertebroplasty--procedure-overview-and-technique").text()).contains("needle");
        assertThat(passage("what-is-kyphoplasty--procedure-overview-and-technique").text()).contains("balloon");
    }

    @Test
    void eachFaqEntryIsAPassageWithItsQuestion() {
        List<Passage> faq = article.passages().stream().filter(Passage::isFaq).toList();
        assertThat(faq).hasSize(11);
        assertThat(passage("faq--are-both-procedures-covered-by-insurance").question()).containsExactly("Are both procedures covered by insurance?");
    }

    @Test
    void tablesBecomeReadableSentences() {
        assertThat(passage("fact-2-patient-selection-criteria--when-kyphoplasty-is-preferred").text())
                .contains("Fracture Age — Vertebroplasty: Typically less than 3 months old; Kyphoplasty: Can be used for fractures of various ages.");
    }

    @Test
    void listsStayListItemsAndReferencesAreNotAnswers() {
        assertThat(passage("key-takeaways").text()).startsWith("- Kyphoplasty and vertebroplasty are minimally invasive");
        assertThat(article.passages()).noneMatch(p -> p.anchor().equals("references"));
    }

    @Test
    void anArticleWithoutAUrlIsRefusedWithItsFileAndLine(@TempDir Path corpus) throws Exception {
        Path file = corpus.resolve("articles/no-url.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: A\n---\n# A\nText.\n");
        assertThatThrownBy(() -> new MarkdownArticleReader().read(file))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("no-url.md:1").hasMessageContaining("'url'");
    }

    private Passage passage(String anchor) {
        return article.passages().stream().filter(p -> p.anchor().equals(anchor)).findFirst().orElseThrow();
    }

    private static Document read(Path file) {
        try {
            return new MarkdownArticleReader().read(file);
        } catch (CorpusException e) {
            throw new IllegalStateException(e);
        }
    }
}
