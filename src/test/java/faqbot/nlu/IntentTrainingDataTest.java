package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentTrainingDataTest {

    @TempDir
    Path dir;

    @Test
    void readsOneUtterancePerLineSkippingCommentsAndBlankLines() throws IOException {
        Files.writeString(dir.resolve("greeting.txt"), "# people saying hello\nhi\n\nhello there\n");
        Files.writeString(dir.resolve("thanks.txt"), "thanks\n  thank you  \n");
        IntentTrainingData data = IntentTrainingData.read(dir);
        assertThat(data.utterances()).isEqualTo(Map.of(
                "greeting", List.of("hi", "hello there"), "thanks", List.of("thanks", "thank you")));
    }

    @Test
    void reportsEveryProblemWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("greeting.txt"), "hi\nthanks\n");
        Files.writeString(dir.resolve("thanks.txt"), "# comment\nThanks!\n???\n");
        Files.writeString(dir.resolve("goodbye.txt"), "# nothing yet\n");
        assertThatThrownBy(() -> IntentTrainingData.read(dir))
                .isInstanceOf(IntentDataException.class)
                .satisfies(e -> assertThat(((IntentDataException) e).problems()).containsExactly(
                        dir.resolve("goodbye.txt") + ": no utterances (every line is blank or a comment)",
                        dir.resolve("thanks.txt") + ":2: 'Thanks!' is also an example at "
                                + dir.resolve("greeting.txt") + ":2 (one utterance, two intents)",
                        dir.resolve("thanks.txt") + ":3: no words left after normalisation: '???'"));
    }

    @Test
    void saysWhenTheDirectoryIsMissing() {
        assertThatThrownBy(() -> IntentTrainingData.read(dir.resolve("nope")))
                .hasMessageContaining("intents directory not found");
    }

    @Test
    void theRealCorpusHasEveryIntentWithSixtyExamplesOrMore() {
        IntentTrainingData data = IntentTrainingData.read(CorpusDetector.CORPUS.resolve("intents"));
        assertThat(data.intents()).containsExactlyInAnyOrder("greeting", "thanks", "goodbye", "bot_identity",
                "capabilities", "contact", "question", "out_of_scope", "urgent");
        assertThat(data.utterances()).allSatisfy((intent, lines) -> assertThat(lines).as(intent).hasSizeGreaterThanOrEqualTo(60));
    }
}
