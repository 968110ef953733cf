package faqbot.cli;

import faqbot.app.Faqbot;
import faqbot.publish.BuildRunningException;
import faqbot.publish.Builds;
import faqbot.publish.ReindexReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Check the whole corpus, build a new index generation beside the live one, verify it and make it live.",
                "An unchanged corpus makes no new generation. A running server on this index directory swaps to the new",
                "generation by itself within its --watch-index seconds (or at once on POST /api/admin/reindex).",
                "Exit codes: 0 published, 2 the corpus has errors (listed one per line as file:line; nothing changed),",
                "1 any other failure (e.g. another build is running)."})
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Override
    public Integer call() throws Exception {
        System.out.println("Checking " + locations.corpus + " ...");
        ReindexReport report;
        try (ProgressView progress = new ProgressView()) {
            report = Faqbot.builds(locations.corpus, locations.index).publish(progress, Builds::closeQuietly);
        } catch (BuildRunningException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        return ReportPrinter.print(report, System.out, System.err);
    }
}
