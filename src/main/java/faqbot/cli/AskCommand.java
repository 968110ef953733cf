package faqbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import java.util.Optional;
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

    @Mixin
    ClinicConfig config;

    @Parameters(paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Override
    public Integer call() throws Exception {
        Optional<DialogSettings> settings = config.read("faqbot ask", System.getenv(), System.err);
        if (settings.isEmpty()) {
            return ClinicConfig.ERRORS;
        }
        try (Faqbot faqbot = Faqbot.openToAsk(locations.corpus, locations.index, settings.get())) {
            System.err.println(AnsweringFrom.describe(faqbot, locations)); // stdout stays the reply's JSON alone
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(faqbot.chat().reply(question, null)));
        }
        return 0;
    }
}
