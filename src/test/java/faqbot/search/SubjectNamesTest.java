package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.nlu.PartOfSpeech;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names of subjects titles and headings give, and the sentences and questions about what a subject is. */
class SubjectNamesTest {

    @Test
    void aTitleNamesItsSubjectsButNotItsSubtitle() {
        assertThat(SubjectNames.ofTitle("Kyphoplasty vs. Vertebroplasty: Key Differences")).containsExactly("Kyphoplasty", "Vertebroplasty");
        assertThat(SubjectNames.ofTitle("Knee replacement FAQ")).containsExactly("Knee replacement");
    }

    @Test
    void aHeadingThatAsksWhatSomethingIsNamesIt() {
        assertThat(SubjectNames.defined("What is (are) Back Pain?")).contains("Back Pain");
        assertThat(SubjectNames.defined("What is a DEXA scan?")).contains("DEXA scan");
        assertThat(SubjectNames.defined("What is the main difference between kyphoplasty and vertebroplasty?")).isEmpty();
        assertThat(SubjectNames.defined("What is it like afterwards?")).isEmpty();
    }

    @Test
    void aVisitorAskingWhatSomethingIsIsToldApartFromOtherQuestions() {
        assertThat(Definitions.askedAbout("whats osteoperosis exactly")).contains("osteoperosis");
        assertThat(Definitions.askedAbout("never heard of vertebroplasty before, what is it?")).contains("vertebroplasty");
        assertThat(Definitions.askedAbout("what are the risks?")).isEmpty();
        assertThat(Definitions.askedAbout("how long is recovery")).isEmpty();
        assertThat(Definitions.names("knee replacement surgery", List.of("Knee replacement"))).isTrue();
        assertThat(Definitions.names("recovery like after vertebroplasty", List.of("Vertebroplasty"))).isFalse();
    }

    @Test
    void anOpeningSentenceThatSaysWhatTheSubjectIsIsADefinition() {
        assertThat(Definitions.defines("Whiplash-a soft tissue injury to the neck-is also called neck sprain.", List.of("Whiplash"), PartOfSpeech.english())).isTrue();
        assertThat(Definitions.defines("A knee replacement is an operation. It takes an hour.", List.of("Knee replacement"), PartOfSpeech.english())).isTrue();
        assertThat(Definitions.defines("A hip replacement is surgery that puts in a new joint.", List.of("Hip replacement"), PartOfSpeech.english())).isTrue();
        assertThat(Definitions.defines("Most people walk the day after a knee replacement.", List.of("Knee replacement"), PartOfSpeech.english())).isFalse();
        assertThat(Definitions.defines("Kyphoplasty is preferred when the fracture is recent.", List.of("Kyphoplasty"), PartOfSpeech.english())).isFalse();
        assertThat(Definitions.defines("Kyphoplasty is better at restoring height.", List.of("Kyphoplasty"), PartOfSpeech.english())).isFalse();
        assertThat(Definitions.defines("Osteoporosis is common in older women.", List.of("Osteoporosis"), PartOfSpeech.english())).isFalse();
        assertThat(Definitions.defines("Ankylosing spondylitis is a type of chronic arthritis.", List.of("Ankylosing spondylitis"), PartOfSpeech.english())).isTrue();
    }
}
