package faqbot.cli;

import faqbot.index.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The faqbot command: serve the chat API, build the index, ask a question. */
@Command(name = "faqbot", mixinStandardHelpOptions = true, versionProvider = Main.VersionText.class,
        description = "A patient-facing FAQ chatbot that answers from a hospital's own articles and FAQ sheets.",
        subcommands = {ServeCommand.class, ReindexCommand.class, RollbackCommand.class, ValidateCommand.class, EvalCommand.class,
                AskCommand.class, ChatCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The faqbot command line, failures told by {@link FailureHandler} (one line, never a stack trace for expected ones). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new FailureHandler());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** --version: the Maven project version, the one faqbot/version.properties is filled with. */
    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"faqbot " + Version.application()};
        }
    }
}
