package faqbot.http;

import faqbot.gaps.Gap;
import faqbot.gaps.GapLog;
import faqbot.publish.BuildRunningException;
import faqbot.publish.Publisher;
import faqbot.publish.ReindexReport;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /api/admin: reindex, rollback, status and the unanswered questions. HTTP in and out only; the services do the work. */
final class AdminController {

    private final Publisher publisher;
    private final GapLog gaps;

    AdminController(Publisher publisher, GapLog gaps) {
        this.publisher = publisher;
        this.gaps = gaps;
    }

    void reindex(Context ctx) {
        report(ctx, () -> publisher.reindex());
    }

    void rollback(Context ctx) {
        report(ctx, () -> publisher.rollback());
    }

    void status(Context ctx) {
        ctx.json(publisher.status());
    }

    void gaps(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean enabled = gaps != null && gaps.settings().enabled();
        body.put("enabled", enabled);
        if (enabled) {
            body.put("retentionDays", gaps.settings().retentionDays());
            body.put("maxQuestions", gaps.settings().maxQuestions());
        }
        body.put("gaps", enabled ? gaps.list().stream().map(GapView::of).toList() : List.of());
        ctx.json(body);
    }

    private static void report(Context ctx, Action action) {
        ReindexReport report;
        try {
            report = action.run();
        } catch (BuildRunningException e) {
            ApiErrors.write(ctx, 409, e.getMessage());
            return;
        }
        int status = switch (report.status()) {
            case ReindexReport.OK -> 200;
            case ReindexReport.INVALID -> 422;
            default -> 500;
        };
        if (status == 200) {
            ctx.json(report);
        } else {
            ctx.status(status).json(Map.of("error", Map.of("status", status, "code", ApiErrors.code(status), "message", report.message()),
                    "result", report));
        }
    }

    @FunctionalInterface
    private interface Action {
        ReindexReport run() throws BuildRunningException;
    }

    record GapView(String question, int count, String firstAsked, String lastAsked) {
        static GapView of(Gap gap) {
            return new GapView(gap.question(), gap.count(), gap.firstAsked().toString(), gap.lastAsked().toString());
        }
    }
}
