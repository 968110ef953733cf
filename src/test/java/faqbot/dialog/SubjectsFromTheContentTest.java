package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.app.Faqbot;
import faqbot.testing.TinyCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden conversations on two articles about two subjects, with no entities, synonyms or intents written for them:
 * what each passage is about comes from the content alone (titles, defining sentences, headings).
 */
class SubjectsFromTheContentTest {

    static final String KNEE = """
            # Knee replacement

            A knee replacement is an operation that swaps a worn knee joint for an artificial one.

            ## Types of knee replacement surgery

            Surgeons offer several kinds of knee replacement surgery:

            - total knee replacement, where the whole joint surface is replaced
            - partial knee replacement, where only one side of the joint is replaced

            ## Recovery

            Most people walk with a frame the day after surgery. Full recovery takes about three months.

            ## Cost

            The operation costs about 30,000 dollars before insurance. Your insurer may pay part of it.
            """;

    static final String HIP = """
            # Hip replacement

            A hip replacement is surgery that puts an artificial joint in place of a damaged hip.

            ## Recovery

            Recovery takes about three months; most people go home two days after the operation. You will need:

            - a walking frame or crutches for the first few weeks
            - daily exercises that a physiotherapist shows you

            ## Insurance and payment

            Insurance plans usually pay for the operation when a doctor says it is needed. Ask your insurance company about coverage before surgery.

            ## Risks

            Infection, blood clots and a loose joint are the main risks of the operation.
            """;

    private static Faqbot bot;

    @BeforeAll
    static void indexTwoArticles(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        article(corpus, "knee", KNEE);
        article(corpus, "hip", HIP);
        bot = Faqbot.open(corpus, dir.resolve("index"), DialogSettings.defaults());
    }

    /** The article under its own name, its title its first heading's. */
    private static void article(Path corpus, String name, String markdown) {
        String title = markdown.lines().findFirst().orElseThrow().substring(2);
        TinyCorpus.write(corpus, "articles/" + name + ".md",
                "---\ntitle: " + title + "\nurl: https://hospital.example/" + name + "\n---\n" + markdown);
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    private static ChatReply ask(String message, ChatReply before) {
        return bot.chat().reply(message, before == null ? null : before.conversation());
    }

    private static String cited(ChatReply reply) {
        assertThat(reply.type()).as("reply to be an answer: %s", reply).isEqualTo(ReplyType.ANSWER);
        return reply.citations().get(0).id();
    }

    @Test
    void aFollowUpKeepsTheSubjectOfTheConversation() {
        ChatReply first = ask("what is a hip replacement?", null);
        assertThat(cited(first)).isEqualTo("hip/hip-replacement");
        assertThat(cited(ask("how long is the recovery?", first))).isEqualTo("hip/recovery");
    }

    @Test
    void aFollowUpAskingForAKindOfSectionIsAnsweredFromThatSectionOfTheSubject() {
        assertThat(cited(ask("how much does it cost?", ask("tell me about knee replacement", null)))).isEqualTo("knee/cost");
    }

    @Test
    void theSubjectOfTheAnswerIsKeptWhenTheQuestionNamedNone() {
        ChatReply first = ask("who pays, the insurance company?", null);
        String answered = cited(first);
        String document = answered.substring(0, answered.indexOf('/'));
        assertThat(cited(ask("how long is the recovery?", first))).isEqualTo(document + "/recovery");
    }

    @Test
    void anotherArticlesGenericSectionNeverWinsOverTheSubjectNamed() {
        assertThat(cited(ask("will insurance pay for my knee replacement?", null))).startsWith("knee/");
        assertThat(cited(ask("is there a risk of infection after a knee replacement?", null))).startsWith("knee/");
    }

    @Test
    void whichOneDoYouMeanOffersTheSubjectsOfTheCompetingPassages() {
        ChatReply clarify = ask("how long is recovery?", null);
        assertThat(clarify.type()).isEqualTo(ReplyType.CLARIFY);
        assertThat(clarify.answer()).isEqualTo(ChatService.CLARIFY);
        assertThat(clarify.suggestions()).containsExactlyInAnyOrder("Knee replacement", "Hip replacement");
        assertThat(cited(ask("Hip replacement", clarify))).isEqualTo("hip/recovery");
    }

    @Test
    void whatIsAKindOfSectionBothSubjectsHaveIsAskedBack() {
        assertThat(ask("what is recovery like?", null).type()).isEqualTo(ReplyType.CLARIFY);
    }

    @Test
    void aSentenceThatIntroducesAListComesWithTheList() {
        ChatReply reply = ask("what will I need while I recover from a hip replacement?", null);
        assertThat(cited(reply)).isEqualTo("hip/recovery");
        assertThat(reply.answer()).contains("You will need:\n- a walking frame");
    }

    @Test
    void whatIsItIsAnsweredByTheDefinitionEvenWhenItsHeadingDoesNotRepeatTheName() {
        ChatReply reply = ask("what is knee replacement surgery?", null);
        assertThat(cited(reply)).isEqualTo("knee/knee-replacement");
        assertThat(reply.answer()).startsWith("A knee replacement is an operation");
    }
}
