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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patients' questions (plain, lay, misspelled) must be answered from the right section. The target is 90%; the
 * floor is a little lower so that one changed question of 62 does not fail the build, while a real regression does.
 */
class RetrievalQualityTest {

    static final double MIN_HIT_RATE = 87.0;

    record Case(String question, List<String> anchors) {}

    @Test
    void patientQuestionsAreAnsweredFromTheRightSection() throws IOException {
        List<Case> cases = read(Path.of("src/test/resources/retrieval/questions.tsv"));
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            ChatReply reply = TestIndex.bundled().chat().reply(c.question(), null);
            String cited = reply.citations().isEmpty() ? "(none)" : anchor(reply.citations().get(0).url());
            if (reply.type() != ReplyType.ANSWER || !c.anchors().contains(cited)) {
                misses.add(String.format("%-60s → %s %s (%.2f), expected %s", c.question(), reply.type().json(), cited, reply.confidence(), c.anchors()));
            }
        }
        double hitRate = 100.0 * (cases.size() - misses.size()) / cases.size();
        System.out.printf("Retrieval hit rate: %.1f%% of %d questions%n", hitRate, cases.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        // The goal is 90% (issue 2); this floor guards against regressions until ranking reaches it.
        assertThat(hitRate).as("hit rate; misses:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(MIN_HIT_RATE);
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
