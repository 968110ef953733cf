package faqbot.cli;

import faqbot.publish.ReindexReport;
import java.io.PrintStream;
import java.util.List;

/** The summary of a reindex or rollback as a person reads it, and its exit code: 0 ok, 2 content errors, 1 otherwise. */
final class ReportPrinter {

    static final int MAX_WARNINGS_SHOWN = 20;

    private ReportPrinter() {}

    static int print(ReindexReport report, PrintStream out, PrintStream err) {
        switch (report.status()) {
            case ReindexReport.OK -> {
                ReindexReport.Timings t = report.millis();
                out.println(report.message());
                if ("reindex".equals(report.action()) && !report.unchanged()) {
                    out.printf("Checked in %d ms, built in %d ms, verified in %d ms; %d ms in all.%n", t.validate(), t.build(), t.verify(), t.total());
                }
                warnings(report.warnings(), out);
                return 0;
            }
            case ReindexReport.INVALID -> {
                report.errors().forEach(err::println);
                warnings(report.warnings(), err);
                err.println(report.message());
                return 2;
            }
            default -> {
                err.println(report.message());
                return 1;
            }
        }
    }

    static void warnings(List<String> warnings, PrintStream out) {
        warnings.stream().limit(MAX_WARNINGS_SHOWN).forEach(out::println);
        if (warnings.size() > MAX_WARNINGS_SHOWN) {
            out.println("... and " + (warnings.size() - MAX_WARNINGS_SHOWN) + " more warnings (all of them: faqbot validate).");
        }
    }
}
