package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus model recognises small talk, questions and requests that are not about health in wording it was not
 * trained on. A health question is a question whatever its subject ("what helps with migraines?"): whether the content
 * holds it is decided by retrieval (dialog/ScopeTest), so "will it snow this weekend?", which reads as a question, is
 * checked there.
 */
class IntentDetectorTest {

    private final IntentDetector detector = CorpusDetector.detector();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hello!                                   | greeting
            good morning :)                          | greeting
            hey there, anybody home?                 | greeting
            thank you so much!                       | thanks
            thx that was useful                      | thanks
            ok bye then                              | goodbye
            is this an AI?                           | bot_identity
            am i chatting with a real human?         | bot_identity
            what topics do you cover?                | capabilities
            what kind of things can you answer?      | capabilities
            how can I make an appointment?           | contact
            i would like to speak to someone         | contact
            what is kyphoplasty?                     | question
            hi, what is kyphoplasty?                 | question
            thanks, and how much does it cost?       | question
            hello, is vertebroplasty painful?        | question
            is it dangerous?                         | question
            and afterwards?                          | question
            the price?                               | question
            could my mother have it?                 | question
            how long until i can drive again?        | question
            what helps with migraines?               | question
            book me a taxi                           | out_of_scope
            how do i bake sourdough bread            | out_of_scope
            """)
    void recognises(String message, String intent) {
        assertThat(detector.detect(message).name()).isEqualTo(intent);
    }
}
