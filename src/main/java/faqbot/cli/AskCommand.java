package faqbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Ask one question and print the chat reply as JSON (what POST /api/chat would return).",
                "Answers from the live index if it was built from this corpus, else from a temporary one built now;",
                "never publishes anything (that is reindex). Which one it used is told on stderr."})
final class AskCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Parameters(paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Override
    public Integer call() throws Exception {
        try (Faqbot faqbot = Faqbot.openToAsk(locations.corpus, locations.index, DialogSettings.defaults())) {
            System.err.println(AnsweringFrom.describe(faqbot, locations)); // stdout stays the reply's JSON alone
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(faqbot.chat().reply(question, null)));
        }
        return 0;
    }
}
