package faqbot.cli;

import faqbot.corpus.CorpusException;
import faqbot.corpus.Problem;
import faqbot.nlu.IntentDataException;
import faqbot.publish.FailureText;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place a command's failure is told: an expected one (a file that cannot be read or written, content
 * errors, a build already running, a bad setting) as one line on stderr and exit code 1, content errors one per line
 * and exit code 2, like reindex. Only a bug (anything else) also prints its stack trace, for whoever reports it.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    static final int FAILED = 1;
    static final int CONTENT_ERRORS = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        String name = "faqbot " + command.getCommandName() + ": ";
        if (e instanceof CorpusException content) {
            content.errors().stream().map(Problem::toString).forEach(err::println);
            int errors = content.errors().size();
            err.println(name + "the corpus has " + errors + (errors == 1 ? " error" : " errors") + "; nothing was built.");
            return CONTENT_ERRORS;
        }
        if (expected(e)) {
            err.println(name + FailureText.of(e));
            return FAILED;
        }
        err.println(name + "failed unexpectedly (" + e.getClass().getName() + ": " + FailureText.of(e) + "); please report this:");
        e.printStackTrace(err);
        return FAILED;
    }

    private static boolean expected(Exception e) {
        return !(e instanceof RuntimeException) || e instanceof UncheckedIOException || e instanceof IntentDataException
                || e instanceof IllegalArgumentException || e instanceof IllegalStateException;
    }
}
