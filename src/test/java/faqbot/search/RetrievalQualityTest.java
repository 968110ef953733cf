package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.dialog.ChatReply;
import faqbot.dialog.ReplyType;
import faqbot.testing.TestIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Patients' questions (plain, lay, misspelled) must be answered from the right section. The questions still missed
 * are listed by name: a new miss fails the test, and so does a listed one that starts passing (take it off the list).
 */
class RetrievalQualityTest {

    /**
     * The questions answered from another section today, each a known weakness of ranking. Since the bundled corpus
     * holds the NIH FAQ sheet beside the article, most of them are answered from a sheet entry that shares their
     * words (cited without an anchor): subject-aware ranking (issue 17, point 4) is what brings them back.
     */
    static final Set<String> KNOWN_MISSES = Set.of(
            "can taking steroids weaken my back bones",
            "can the bone cement leak out",
            "could the glue end up in my lungs",
            "how quickly does vertebroplasty relieve the pain",
            "i have osteoporosis, am i suitable for the balloon procedure?",
            "is this a big operation or a small one?",
            "is this hospital any good with spine fractures",
            "my fracture is 5 months old, can i still have vertebroplasty",
            "what percentage of people feel less pain after kyphoplasty",
            "what sources is this info based on",
            "whats the latest research say",
            "when was vertebroplasty invented",
            "will i be able to move better afterwards");

    record Case(String question, List<String> anchors) {}

    @Test
    void patientQuestionsAreAnsweredFromTheRightSectionButTheKnownMisses() throws IOException {
        List<Case> cases = read(Path.of("src/test/resources/retrieval/questions.tsv"));
        Set<String> missed = new LinkedHashSet<>();
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            ChatReply reply = TestIndex.bundled().chat().reply(c.question(), null);
            String cited = reply.citations().isEmpty() ? "(none)" : anchor(reply.citations().get(0).url());
            if (reply.type() != ReplyType.ANSWER || !c.anchors().contains(cited)) {
                missed.add(c.question());
                misses.add(String.format("%-60s → %s %s (%.2f), expected %s", c.question(), reply.type().json(), cited, reply.confidence(), c.anchors()));
            }
        }
        System.out.printf("Retrieval hit rate: %.1f%% of %d questions%n", 100.0 * (cases.size() - missed.size()) / cases.size(), cases.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases.stream().map(Case::question)).as("every known miss is still a question asked").containsAll(KNOWN_MISSES);
        assertThat(missed).as("misses:%n%s", String.join("\n", misses)).containsExactlyInAnyOrderElementsOf(KNOWN_MISSES);
    }

    static String anchor(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash + 1);
    }

    static List<Case> read(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            cases.add(new Case(parts[0].strip(), List.of(parts[1].strip().split("\\|"))));
        }
        return cases;
    }
}
