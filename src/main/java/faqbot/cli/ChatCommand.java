package faqbot.cli;

import faqbot.app.Faqbot;
import faqbot.dialog.ChatReply;
import faqbot.dialog.DialogSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Talk to the bot in the terminal: one line in, the answer with its citation out, the conversation carried. "
                + "An empty line or Ctrl-D ends it. Answers from the live index if it was built from this corpus, else from a "
                + "temporary one built now; never publishes anything (that is reindex).")
final class ChatCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Mixin
    ClinicConfig config;

    @Override
    public Integer call() throws Exception {
        Optional<DialogSettings> settings = config.read("faqbot chat", System.getenv(), System.err);
        if (settings.isEmpty()) {
            return ClinicConfig.ERRORS;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Faqbot faqbot = Faqbot.openToAsk(locations.corpus, locations.index, settings.get());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            out.println(AnsweringFrom.describe(faqbot, locations));
            String token = null;
            out.print("you> ");
            for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
                ChatReply reply = faqbot.chat().reply(line.length() > 2000 ? line.substring(0, 2000) : line, token);
                print(reply, out);
                token = reply.conversation();
                out.print("you> ");
            }
        }
        return 0;
    }

    private static void print(ChatReply reply, PrintStream out) {
        out.printf("bot [%s, intent %s, confidence %.2f]%n", reply.type().json(), reply.intent(), reply.confidence());
        reply.answer().lines().forEach(l -> out.println("  " + l));
        reply.citations().forEach(c -> out.println("  source: " + c.section() + " — " + c.url()));
        if (!reply.suggestions().isEmpty()) {
            out.println("  try: " + String.join(" | ", reply.suggestions()));
        }
    }
}
