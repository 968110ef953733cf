package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.corpus.Passage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The subjects of a corpus come from its own titles and FAQ focus names, the most covered first. */
class CorpusSubjectsTest {

    private static Passage section(String title, String heading) {
        return new Passage(title + "/" + heading, title, title, "https://hospital.example/a", heading, List.of(heading), List.of(), "text");
    }

    private static Passage entry(String id, String sheet, String focus) {
        Map<String, List<String>> meta = focus == null ? Map.of() : Map.of("focus", List.of(focus));
        return new Passage(id, sheet, sheet, "https://hospital.example/faq", "", List.of(), List.of("What is it?"), "text", meta);
    }

    private final CorpusSubjects subjects = CorpusSubjects.of(List.of(
            entry("op-1", "Bone FAQ", "Osteoporosis"),
            section("Knee Replacement", "Recovery"),
            section("Knee Replacement", "Risks"),
            section("Knee Replacement", "Cost"),
            entry("bp-1", "Bone FAQ", "Back Pain"),
            entry("bp-2", "Bone FAQ", "back pain"),
            entry("plain", "Visiting hours", null)));

    @Test
    void namesEachArticleByItsTitleAndEachEntryByItsFocusMostPassagesFirst() {
        assertThat(subjects.names()).containsExactly("Knee Replacement", "Back Pain", "Osteoporosis", "Visiting hours");
    }

    @Test
    void listsTheFirstSubjectsAndSaysHowManyMoreThereAre() {
        assertThat(subjects.listed(2, true)).isEqualTo("Knee Replacement; Back Pain; and 2 more subjects");
        assertThat(subjects.listed(4, true)).isEqualTo("Knee Replacement; Back Pain; Osteoporosis; Visiting hours");
    }

    @Test
    void saysAndMoreWhenOnlyPartOfALargeCorpusWasRead() {
        assertThat(subjects.listed(2, false)).isEqualTo("Knee Replacement; Back Pain; and more");
    }

    @Test
    void anEmptyCorpusStillReadsAsASentence() {
        assertThat(CorpusSubjects.of(List.of()).listed(8, true)).isEqualTo("the hospital's patient information");
    }
}
