package faqbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask one question and print the chat reply as JSON (what POST /api/chat would return).")
final class AskCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Parameters(paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Override
    public Integer call() throws Exception {
        try (Faqbot faqbot = Faqbot.open(locations.corpus, locations.index, DialogSettings.defaults())) {
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(faqbot.chat().reply(question, null)));
        }
        return 0;
    }
}
