package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionNoiseTest {

    @Test
    void aWorriedFamilyStoryIsReducedToTheMedicalQuestion() {
        String message = "Hi, my mother was told she has macular degeneration, what should we do? Thanks in advance!";

        assertThat(QuestionNoise.strip(message)).isEqualTo(", macular degeneration, ? !");
    }

    @Test
    void theQuestionTypeWordsAndTheConditionStay() {
        String message = "Hello doctor, my 6 year old son was just diagnosed with Tourette syndrome. Is it inherited? Any help appreciated.";

        assertThat(QuestionNoise.strip(message)).contains("Tourette syndrome", "Is it inherited?")
                .doesNotContain("son", "Hello", "diagnosed", "appreciated", "year");
    }

    @Test
    void accentsAndOtherCombiningMarksAreTakenOff() {
        assertThat(QuestionNoise.strip("is the cafe\u0301 open")).isEqualTo("is the cafe open");
        assertThat(QuestionNoise.strip("a" + "\u0301".repeat(2000) + " b")).isEqualTo("a b");
    }

    @Test
    void aPlainQuestionIsLeftAsItIs() {
        assertThat(QuestionNoise.strip("what are the symptoms of lupus")).isEqualTo("what are the symptoms of lupus");
        assertThat(QuestionNoise.strip("my fracture is 5 months old, can i still have vertebroplasty"))
                .isEqualTo("my fracture is 5 months old, can i still have vertebroplasty");
    }

    @Test
    void aMessageThatIsAllWrappingIsKeptWhole() {
        assertThat(QuestionNoise.strip("Hi there! Thanks")).isEqualTo("Hi there! Thanks");
    }

    @Test
    void aFriendOfMineAndTheSignOffAreStripped() {
        String message = "Dear Sir, a close friend of mine has been told that she has lupus. Kind regards";

        assertThat(QuestionNoise.strip(message)).isNotEqualTo(message).contains("lupus");
    }
}
