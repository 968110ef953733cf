package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TestIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /** Health questions on subjects the bundled content does not hold. */
    static final List<String> NOT_HELD = List.of(
            "what are the first signs of glaucoma",
            "is the chickenpox vaccine safe for toddlers",
            "how is malaria treated",
            "what causes acne on the chin",
            "what is a normal cholesterol level",
            "how do i know if my child has an ear infection",
            "what is the best diet for type 2 diabetes",
            "can you catch shingles from someone");

    /**
     * The ones answered today all the same, from a passage that shares their kind of question ("signs", "causes")
     * but not their subject: lexical evidence cannot tell them apart from a paraphrase (issue 17, point 1). A miss
     * that starts falling back fails the test: take it off the list.
     */
    static final Set<String> NOT_HELD_BUT_ANSWERED = Set.of(
            "what are the first signs of glaucoma",
            "what causes acne on the chin",
            "what is a normal cholesterol level",
            "how do i know if my child has an ear infection",
            "can you catch shingles from someone");

    @Test
    void aHealthQuestionOnASubjectTheContentLacksGetsTheHonestFallbackButTheKnownMisses() {
        List<String> answered = new ArrayList<>();
        for (String question : NOT_HELD) {
            ChatReply reply = chat.reply(question, null);
            if (reply.type() == ReplyType.FALLBACK) {
                assertThat(reply.citations()).as(question).isEmpty();
            } else {
                answered.add(question);
            }
        }
        assertThat(answered).containsExactlyInAnyOrderElementsOf(NOT_HELD_BUT_ANSWERED);
    }

    @ParameterizedTest(name = "\"{0}\" falls back")
    @ValueSource(strings = {"will it snow this weekend?", "who won the football last night", "can you recommend a good pizza place"})
    void aRequestThatIsNotAboutHealthFallsBack(String request) {
        ChatReply reply = chat.reply(request, null);
        assertThat(reply.type()).isEqualTo(ReplyType.FALLBACK);
        assertThat(reply.citations()).isEmpty();
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
