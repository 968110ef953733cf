package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.corpus.Passage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each passage is about, worked out from titles, FAQ focus names and headings alone. */
class SubjectDerivationTest {

    private static Passage section(String doc, String title, String... trail) {
        String anchor = trail.length == 0 ? "intro" : String.join("--", trail).toLowerCase().replace(' ', '-');
        return new Passage(doc + "/" + anchor, doc, title, "https://h.example/" + doc, anchor, List.of(trail), List.of(),
                "Some text about it.");
    }

    private static Passage entry(String id, String question, String focus, List<String> synonyms, String type) {
        return new Passage(id, "sheet", focus, "https://nih.example/" + id, "", List.of(question), List.of(question),
                focus + " is a condition.", Map.of("focus", List.of(focus), "synonyms", synonyms, "qtype", List.of(type)));
    }

    private static final List<Passage> CONTENT = List.of(
            section("kv", "Kyphoplasty vs. Vertebroplasty: Key Differences"),
            section("kv", "Kyphoplasty vs. Vertebroplasty: Key Differences", "Possible Complications and Risks"),
            section("kv", "Kyphoplasty vs. Vertebroplasty: Key Differences", "Possible Complications and Risks", "Risks Specific to Kyphoplasty"),
            entry("sci-1", "What is (are) Spinal Cord Injury?", "Spinal Cord Injury", List.of(), "information"),
            entry("sci-2", "What are the treatments for Spinal Cord Injuries?", "Spinal Cord Injuries", List.of("SCI"), "treatment"),
            entry("lbp-1", "What is (are) Low Back Pain?", "Low Back Pain", List.of(), "information"),
            entry("bp-1", "What is (are) Back Pain?", "Back Pain", List.of("Backache"), "information"));

    private final ContentSubjects derived = SubjectDerivation.derive(CONTENT, Map.of("vertebroplasty", List.of("cement injection")),
            p -> Optional.empty());

    @Test
    void aSectionIsAboutTheSubjectsItsHeadingsNameElseItsDocuments() {
        assertThat(derived.of("kv/possible-complications-and-risks")).containsExactlyInAnyOrder("kyphoplasty", "vertebroplasty");
        assertThat(derived.of("kv/possible-complications-and-risks--risks-specific-to-kyphoplasty")).containsExactly("kyphoplasty");
    }

    @Test
    void namesThatDifferOnlyInInflectionAreOneSubjectWithAllItsNames() {
        assertThat(derived.of("sci-1")).isEqualTo(derived.of("sci-2"));
        Subject sci = derived.subjects().stream().filter(s -> s.id().equals("spinal-cord-injury")).findFirst().orElseThrow();
        assertThat(sci.names()).contains("Spinal Cord Injury", "SCI");
    }

    @Test
    void aLongerNameIsItsOwnSubject() {
        assertThat(derived.of("lbp-1")).containsExactly("low-back-pain");
        assertThat(derived.of("bp-1")).containsExactly("back-pain");
    }

    @Test
    void eachEntryKeepsItsQuestionTypeAsItsKind() {
        assertThat(derived.kind("sci-2")).contains("treatment");
        assertThat(derived.kind("kv/possible-complications-and-risks")).isEmpty();
    }
}
