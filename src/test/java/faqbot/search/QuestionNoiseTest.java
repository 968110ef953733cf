package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void thePatternsCuesNeverStopOneThatWouldMatch() throws IOException {
        List<String> messages = new ArrayList<>(List.of(
                "Hello doctor, my 6 year old son was just diagnosed with Tourette syndrome. Is it inherited? Any help appreciated.",
                "Hi, my mother was told she has macular degeneration, what should we do? Thanks in advance!",
                "Dear Sir, a close friend of mine has been told that she has lupus. Kind regards",
                "hey there, we just found out that he has osteoporosis, I'm so worried about him. thx",
                "The doctor said that my 82 yo grandmother needs kyphoplasty, can you please tell me the risks? cheers",
                "we don't know what to do, I'd like to know more about vertebroplasty, I have a question",
                "Good morning everyone, I am trying to help her, please advise. Last week she fell. God bless",
                "MY HUSBAND'S SPECIALIST THINKS he needs cement, could someone explain? Many thanks for your help",
                "aged 70, recently diagnosed, i want to help out, sincerely",
                "¿hi there, what is kyphoplasty", "...Hello doctor, is it safe", "_hello, is it safe", "éhi is it safe",
                "what  should i do about my granny's back", "WHAT SHOULD WE DO, my GP said she needs cement",
                "Greetings! Our eldest FIANCÉE has a fracture", "good morning, their twins have osteoporosis"));
        for (Path file : List.of(Path.of("corpus/tests/kyphoplasty-vs-vertebroplasty.jsonl"),
                Path.of("src/test/resources/retrieval/questions.tsv"))) {
            Files.readAllLines(file).forEach(messages::add);
        }
        try (var dialogues = Files.list(Path.of("src/test/resources/dialogues"))) {
            for (Path file : dialogues.toList()) {
                Files.readAllLines(file).forEach(messages::add);
            }
        }

        for (String message : messages) {
            assertThat(QuestionNoise.strip(message)).as(message).isEqualTo(QuestionNoise.stripTryingEveryPattern(message));
        }
        assertThat(QuestionNoise.strip(messages.get(2))).isNotEqualTo(messages.get(2));
    }
}
