package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.nlu.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the best passage's evidence makes of a question: held by the content, or not. */
class ContentScopeTest {

    private static final Intent QUESTION = new Intent(Intent.QUESTION, 0.9, null, "classifier", 0.9);

    @ParameterizedTest(name = "covered {0}, headings {1}, close {2}: {3}")
    @CsvSource({
            "0.7, 0.0, NaN,  FOR_THE_CONTENT", // most of it covered
            "0.3, 0.2, 0.1,  FOR_THE_CONTENT", // a heading names part of it
            "0.5, 0.0, 0.55, FOR_THE_CONTENT", // part covered, in other words than the headings'
            "0.5, 0.0, 0.32, NOT_HELD",        // part covered by a passage about something else
            "0.3, 0.0, 0.6,  NOT_HELD",        // close in meaning, but hardly a word of it held
            "0.5, 0.0, NaN,  NOT_HELD"})       // not embedded: the words alone
    void aQuestionIsHeldByEnoughWordsHeadingsOrWordsWithMeaning(double coverage, double headings, double similarity,
            ContentScope.Verdict verdict) {
        assertThat(new ContentScope(coverage, headings, similarity).verdict(QUESTION, false)).isEqualTo(verdict);
    }
}
