package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Procedures and topics found in patients' wording, with plurals and misspellings of long words. */
class EntityRecognizerTest {

    private static final List<String> LISTED = List.of(
            "# comment",
            "procedure/kyphoplasty: kyphoplasty, balloon procedure, balloon one",
            "procedure/vertebroplasty: vertebroplasty",
            "procedure/both: both, which one, compare",
            "topic/risks: risk, dangerous, side effects",
            "topic/cost: cost, how much");
    private final EntityRecognizer recognizer = EntityRecognizer.parse(LISTED, "test", PartOfSpeech.english(), word -> false);

    @Test
    void aWordTheContentUsesIsNotReadAsAMisspeltName() {
        EntityRecognizer onContentSayingKyphoplsty =
                EntityRecognizer.parse(LISTED, "test", PartOfSpeech.english(), "kyphoplsty"::equals);
        assertThat(recognizer.recognize("kyphoplsty risks").procedures()).containsExactly("kyphoplasty");
        assertThat(onContentSayingKyphoplsty.recognize("kyphoplsty risks").procedures()).isEmpty();
    }

    @Test
    void findsProceduresAndTopicsInLayWording() {
        Entities found = recognizer.recognize("Is the balloon one dangerous?");
        assertThat(found.procedures()).containsExactly("kyphoplasty");
        assertThat(found.topics()).containsExactly("risks");
    }

    @Test
    void foldsPluralsAndEndings() {
        assertThat(recognizer.recognize("what are the risks of vertebroplasties").topics()).containsExactly("risks");
    }

    @Test
    void readsAMisspelledLongWordAsTheWordItMeans() {
        assertThat(recognizer.recognize("how much is kyphoplatsy").procedures()).containsExactly("kyphoplasty");
        assertThat(recognizer.recognize("vertibroplasty side effects").procedures()).containsExactly("vertebroplasty");
    }

    @Test
    void aComparisonIsAboutBoth() {
        assertThat(recognizer.recognize("which one costs less?").procedures()).containsExactly("both");
    }

    @Test
    void aMessageAboutNothingListedNamesNothing() {
        assertThat(recognizer.recognize("what time is it").isEmpty()).isTrue();
    }

    @Test
    void quickRepliesListTheProceduresWithBothLast() {
        assertThat(recognizer.procedureNames()).containsExactly("kyphoplasty", "vertebroplasty", "both");
    }
}
