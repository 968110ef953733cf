package faqbot.publish;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.app.Faqbot;
import faqbot.corpus.Validation;
import faqbot.index.BuildProgress;
import faqbot.testing.TinyCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Urgent messages must get emergency advice and a crisis line, so a corpus that detects intents must have red flags
 * to find them and small talk with the urgent replies to answer them; validate and reindex refuse it otherwise.
 */
class ConversationFilesCheckTest {

    private static final Path SHIPPED = Path.of("corpus");

    @TempDir
    Path tmp;

    private Path corpus;

    @BeforeEach
    void aTinyCorpusWithTheShippedConversationFiles() throws IOException {
        corpus = TinyCorpus.write(tmp.resolve("corpus"));
        Files.copy(SHIPPED.resolve("redflags.txt"), corpus.resolve("redflags.txt"));
        Files.copy(SHIPPED.resolve("smalltalk.yaml"), corpus.resolve("smalltalk.yaml"));
        Files.createDirectories(corpus.resolve("intents"));
        try (Stream<Path> files = Files.list(SHIPPED.resolve("intents"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve("intents").resolve(f.getFileName()));
            }
        }
    }

    private List<String> errors() {
        Validation validation = Faqbot.builds(corpus, tmp.resolve("index")).validate();
        return validation.errors().stream().map(p -> p.describe(validation.directory())).toList();
    }

    @Test
    void theShippedFilesPass() {
        assertThat(errors()).isEmpty();
    }

    @Test
    void smallTalkWithoutTheUrgentRepliesIsAnErrorNamingThem() throws IOException {
        String text = Files.readString(corpus.resolve("smalltalk.yaml"), StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("smalltalk.yaml"), text.substring(0, text.indexOf("urgent:")), StandardCharsets.UTF_8);

        assertThat(errors()).containsExactly("smalltalk.yaml: error: no replies for urgent.medical, urgent.self_harm");
    }

    @Test
    void intentsWithoutSmallTalkIsAnError() throws IOException {
        Files.delete(corpus.resolve("smalltalk.yaml"));

        assertThat(errors()).singleElement().asString().startsWith("smalltalk.yaml: error: is missing, and intents/ needs it");
    }

    @Test
    void intentsWithoutRedFlagsIsAnError() throws IOException {
        Files.delete(corpus.resolve("redflags.txt"));

        assertThat(errors()).singleElement().asString().startsWith("redflags.txt: error: is missing, and intents/ needs it");
    }

    @Test
    void aRedFlagLineThatCannotBeReadIsAnErrorAtItsLine() throws IOException {
        Files.writeString(corpus.resolve("redflags.txt"), "\nchest pain without a category\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        long line = Files.readAllLines(corpus.resolve("redflags.txt")).size();

        assertThat(errors()).containsExactly("redflags.txt:" + line
                + ": error: expected 'category | group + group', got 'chest pain without a category'");
    }

    @Test
    void aReindexOfSmallTalkWithoutTheUrgentRepliesBuildsNothing() throws Exception {
        Files.writeString(corpus.resolve("smalltalk.yaml"), "greeting: hello\n", StandardCharsets.UTF_8);

        ReindexReport report = Faqbot.builds(corpus, tmp.resolve("index")).publish(BuildProgress.NONE, Builds::closeQuietly);

        assertThat(report.status()).isEqualTo(ReindexReport.INVALID);
        assertThat(report.errors()).singleElement().asString().startsWith("smalltalk.yaml: error: no replies for ").contains("urgent.self_harm");
    }

    @Test
    void anUrgentReplyNamingAValueTheBotCannotFillInIsAnError() throws IOException {
        String text = Files.readString(corpus.resolve("smalltalk.yaml"), StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("smalltalk.yaml"), text.replace("{crisis_line}", "{hotline}"), StandardCharsets.UTF_8);

        assertThat(errors()).containsExactly("smalltalk.yaml: error: a reply for urgent.self_harm uses {hotline}, which the bot cannot "
                + "fill in (it fills in {topics}, {contact}, {emergency} and {crisis_line})");
    }
}
