package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TestIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Whether a question is for this content is decided by the content: the subjects the bundled corpus holds are
 * answered, health subjects it does not hold get the honest fallback, and the replies that say what the bot knows
 * name the corpus's own subjects.
 */
class ScopeTest {

    private final ChatService chat = TestIndex.bundled().chat();

    @ParameterizedTest(name = "\"{0}\" is answered")
    @ValueSource(strings = {
            "what is kyphoplasty?",
            "what is spinal stenosis",
            "how is osteoporosis treated",
            "what is whiplash",
            "does scoliosis run in families",
            "what foods have calcium in them"})
    void aQuestionOnASubjectTheContentHoldsIsAnswered(String question) {
        assertThat(chat.reply(question, null).type()).isEqualTo(ReplyType.ANSWER);
    }

    @ParameterizedTest(name = "\"{0}\" falls back")
    @ValueSource(strings = {
            "what are the first signs of glaucoma",
            "is the chickenpox vaccine safe for toddlers",
            "how is malaria treated",
            "what causes acne on the chin",
            "what is a normal cholesterol level"})
    void aHealthQuestionOnASubjectTheContentLacksGetsTheHonestFallback(String question) {
        ChatReply reply = chat.reply(question, null);
        assertThat(reply.type()).isEqualTo(ReplyType.FALLBACK);
        assertThat(reply.citations()).isEmpty();
        assertThat(reply.answer()).contains("don't have an answer");
    }

    @Test
    void aRequestThatIsNotAboutHealthIsTurnedAwayNamingWhatTheContentHolds() {
        ChatReply reply = chat.reply("book me a taxi to the airport", null);
        assertThat(reply.type()).isEqualTo(ReplyType.FALLBACK);
        assertThat(reply.answer()).contains("Osteoporosis").doesNotContain("spine fractures");
    }

    @Test
    void theCapabilitiesReplyNamesTheSubjectsOfTheCorpus() {
        ChatReply reply = chat.reply("what topics do you cover?", null);
        assertThat(reply.type()).isEqualTo(ReplyType.SMALLTALK);
        assertThat(reply.answer()).contains("Kyphoplasty vs. Vertebroplasty").contains("Osteoporosis").contains("more subjects");
    }

    @Test
    void aFallbackSuggestsQuestionsOnDifferentSubjects() {
        ChatReply reply = chat.reply("what are the first signs of glaucoma", null);
        assertThat(reply.suggestions()).hasSize(Suggestions.COUNT).doesNotHaveDuplicates();
    }
}
