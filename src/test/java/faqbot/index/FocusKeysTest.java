package faqbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FocusKeysTest {

    @Test
    void aNameAndTheSameNameInsideAQuestionGiveTheSameKey() {
        assertThat(FocusKeys.runs("what are the symptoms of Breast Cancers?")).contains(FocusKeys.key("breast cancer"));
    }

    @Test
    void runsAreConsecutiveContentWordsUpToSixLong() {
        assertThat(FocusKeys.runs("is type 2 diabetes inherited")).contains("type 2 diabet", "2 diabet", "diabet inherit")
                .doesNotContain("type diabet");
    }

    @Test
    void aNameOfStopWordsOnlyHasNoKey() {
        assertThat(FocusKeys.key("ALL")).isEmpty();
    }
}
