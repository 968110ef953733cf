package faqbot.cli;

import faqbot.app.Faqbot;
import faqbot.publish.BuildRunningException;
import faqbot.publish.Builds;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Make the generation before the live one live again (the last 3 are kept).",
                "It stays live across restarts until the next reindex. A running server on this index directory switches",
                "by itself within its --watch-index seconds (or at once on POST /api/admin/rollback).",
                "Exit codes: 0 done, 1 nothing to roll back to or a build is running."})
final class RollbackCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Override
    public Integer call() throws Exception {
        try {
            return ReportPrinter.print(Faqbot.builds(locations.corpus, locations.index).rollback(Builds::closeQuietly), System.out, System.err);
        } catch (BuildRunningException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
