package faqbot.eval;

import faqbot.dialog.ChatReply;
import faqbot.dialog.ChatService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs content tests through the chat service: each conversation's turns in order, carrying its token along. */
final class ContentTestRunner {

    static final int ANSWER_SHOWN = 160;

    private final ChatService chat;

    ContentTestRunner(ChatService chat) {
        this.chat = chat;
    }

    EvalResult run(List<ContentTest> tests) {
        Map<Path, int[]> counts = new TreeMap<>();
        List<EvalResult.Failure> failures = new ArrayList<>();
        for (ContentTest test : tests) {
            int before = failures.size();
            runConversation(test, failures);
            int[] c = counts.computeIfAbsent(test.file(), f -> new int[2]);
            c[0] += failures.size() == before ? 1 : 0;
            c[1]++;
        }
        return new EvalResult(counts, failures);
    }

    private void runConversation(ContentTest test, List<EvalResult.Failure> failures) {
        String token = null;
        for (int i = 0; i < test.turns().size(); i++) {
            ContentTest.Turn turn = test.turns().get(i);
            ChatReply reply = chat.reply(turn.message(), token);
            token = reply.conversation();
            List<String> wrong = turn.expect().mismatches(reply);
            if (!wrong.isEmpty()) {
                failures.add(new EvalResult.Failure(test.file(), test.line(), test.name(), i + 1, turn.message(),
                        turn.expect().describe(), got(reply), wrong));
            }
        }
    }

    private static String got(ChatReply reply) {
        String answer = reply.answer() == null ? "" : reply.answer().replace('\n', ' ');
        String shown = answer.length() <= ANSWER_SHOWN ? answer : answer.substring(0, ANSWER_SHOWN) + "…";
        String cited = reply.citations().isEmpty() ? "" : " citing " + Expectation.cited(reply);
        return String.format("%s (%.2f)%s: \"%s\"", reply.type().json(), reply.confidence(), cited, shown);
    }
}
