package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TestIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Multi-turn conversations in patients' wording, written as files in src/test/resources/dialogues/:
 * "> message" is a turn, "= type[|type] [anchor|anchor...]" what the reply must be, "! tamper" corrupts the token.
 * The turns still answered wrongly are listed by file and line: a new miss fails the test, and so does a listed one
 * that starts passing (take it off the list).
 */
class DialogueTest {

    static final Path DIALOGUES = Path.of("src/test/resources/dialogues");

    /**
     * The turns answered wrongly today, as file:line of their expectation. Since the bundled corpus holds the NIH FAQ
     * sheet beside the article, several article questions are answered from a sheet entry on the same words (10:3,
     * 16:7, 17:5, 18:3, 28:7 and others): subject-aware ranking (issue 17, point 4) is what brings them back.
     */
    static final Set<String> KNOWN_MISSES = Set.of(
            "05-elderly-mother-candidate.txt:7",
            "07-recovery-no-procedure-then-kyphoplasty.txt:3",
            "08-tamper-risks-after-definition.txt:8",
            "12-difference-offtopic-height.txt:5",
            "14-misspelled-recovery.txt:5",
            "17-greeting-causes-steroids-thanks.txt:5",
            "18-pain-relief-comparison.txt:5",
            "19-cheaper-why-out-of-pocket.txt:7",
            "21-height-loss-then-vp-then-risk.txt:3",
            "21-height-loss-then-vp-then-risk.txt:5",
            "23-guidance-switch.txt:7",
            "25-choosing-severe-fracture-cost.txt:7");

    @Test
    void conversationsAreFollowedAcrossTurnsButTheKnownMisses() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DIALOGUES)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int turns = 0;
        List<String> misses = new ArrayList<>();
        for (Path file : files) {
            Dialogue dialogue = Dialogue.read(file);
            turns += dialogue.turns().size();
            misses.addAll(dialogue.run(TestIndex.bundled().chat()));
        }
        double right = 100.0 * (turns - misses.size()) / turns;
        System.out.printf("Dialogues: %d conversations, %d turns, %.1f%% right%n", files.size(), turns, right);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        assertThat(misses.stream().map(m -> m.substring(0, m.indexOf(' '))))
                .as("misses:%n%s", String.join("\n", misses)).containsExactlyInAnyOrderElementsOf(KNOWN_MISSES);
    }

    record Turn(String message, boolean tamper, List<String> types, List<String> anchors, int line) {}

    record Dialogue(Path file, List<Turn> turns) {

        static Dialogue read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Turn> turns = new ArrayList<>();
            String message = null;
            boolean tamper = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("! tamper")) {
                    tamper = true;
                } else if (line.startsWith(">")) {
                    message = line.substring(1).strip();
                } else if (line.startsWith("=")) {
                    String[] parts = line.substring(1).strip().split("\\s+", 2);
                    List<String> anchors = parts.length > 1 ? List.of(parts[1].split("\\|")) : List.of();
                    turns.add(new Turn(message, tamper, List.of(parts[0].split("\\|")), anchors, i + 1));
                    tamper = false;
                }
            }
            return new Dialogue(file, turns);
        }

        List<String> run(ChatService chat) {
            List<String> misses = new ArrayList<>();
            String token = null;
            for (Turn turn : turns) {
                String sent = turn.tamper() && token != null ? tampered(token) : token;
                ChatReply reply = chat.reply(turn.message(), sent);
                String cited = reply.citations().isEmpty() ? "" : cited(reply.citations().get(0));
                boolean typeOk = turn.types().contains(reply.type().json());
                boolean anchorOk = turn.anchors().isEmpty() || reply.type() != ReplyType.ANSWER || turn.anchors().contains(cited);
                if (!typeOk || !anchorOk) {
                    misses.add(String.format("%s:%d %s → %s %s", file.getFileName(), turn.line(), turn.message(), reply.type().json(), cited));
                }
                token = reply.conversation();
            }
            return misses;
        }

        /**
         * One character near the start changed: every bit of it counts (a token's last base64 character can carry
         * padding bits the decoder ignores, so changing that one may change nothing).
         */
        private static String tampered(String token) {
            char third = token.charAt(2);
            return token.substring(0, 2) + (third == 'A' ? 'B' : 'A') + token.substring(3);
        }

        /** The section's anchor in its link, or for an FAQ entry linked to a page of its own, the entry's id. */
        private static String cited(Citation citation) {
            String url = citation.url();
            int hash = url.indexOf('#');
            return hash < 0 ? citation.id() : url.substring(hash + 1);
        }
    }
}
