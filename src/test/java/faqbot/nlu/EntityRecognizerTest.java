package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Subjects and topics found in patients' wording, with plurals and misspellings of long words. */
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
        assertThat(recognizer.recognize("kyphoplsty risks").subjects()).containsExactly("kyphoplasty");
        assertThat(onContentSayingKyphoplsty.recognize("kyphoplsty risks").subjects()).isEmpty();
    }

    @Test
    void findsProceduresAndTopicsInLayWording() {
        Entities found = recognizer.recognize("Is the balloon one dangerous?");
        assertThat(found.subjects()).containsExactly("kyphoplasty");
        assertThat(found.topics()).containsExactly("risks");
    }

    @Test
    void foldsPluralsAndEndings() {
        assertThat(recognizer.recognize("what are the risks of vertebroplasties").topics()).containsExactly("risks");
    }

    @Test
    void readsAMisspelledLongWordAsTheWordItMeans() {
        assertThat(recognizer.recognize("how much is kyphoplatsy").subjects()).containsExactly("kyphoplasty");
        assertThat(recognizer.recognize("vertibroplasty side effects").subjects()).containsExactly("vertebroplasty");
    }

    @Test
    void aComparisonIsAboutBoth() {
        assertThat(recognizer.recognize("which one costs less?").subjects()).containsExactly("both");
    }

    @Test
    void aMessageAboutNothingListedNamesNothing() {
        assertThat(recognizer.recognize("what time is it").isEmpty()).isTrue();
    }

    @Test
    void aNameInsideALongerNameIsNotASecondSubject() throws Exception {
        java.nio.file.Path none = java.nio.file.Path.of("no-such-entities.txt");
        EntityRecognizer derived = EntityRecognizer.load(none,
                java.util.Map.of("back-pain", List.of("Back Pain", "Backache"), "low-back-pain", List.of("Low Back Pain")),
                PartOfSpeech.english(), word -> false);
        assertThat(derived.recognize("my low back pain is worse at night").subjects()).containsExactly("low-back-pain");
        assertThat(derived.recognize("is a backache serious").subjects()).containsExactly("back-pain");
        assertThat(derived.offersBoth(List.of("back-pain", "low-back-pain"))).isFalse();
        assertThat(recognizer.offersBoth(List.of("kyphoplasty", "vertebroplasty"))).isTrue();
    }
}
