package faqbot.cli;

import faqbot.app.Faqbot;
import faqbot.corpus.Problem;
import faqbot.corpus.Validation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the corpus as reindex would, without building anything: every problem, one per line as file:line.",
                "Exit codes: 0 no errors (warnings are fine), 2 errors."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Override
    public Integer call() {
        Validation validation = Faqbot.builds(locations.corpus, locations.index).validate();
        for (Problem p : validation.problems()) {
            (p.isError() ? System.err : System.out).println(p.describe(validation.directory()));
        }
        int errors = validation.errors().size();
        int warnings = validation.warnings().size();
        String summary = errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning." : " warnings.");
        (errors > 0 ? System.err : System.out).println(errors > 0 ? summary + " Fix the errors, then run reindex." : "The corpus is fine: " + summary);
        return errors > 0 ? 2 : 0;
    }
}
