package faqbot.publish;

import java.util.List;

/**
 * What one reindex (or rollback) did, for the CLI summary, the admin API reply and the status page.
 *
 * @param status ok, invalid (the corpus has errors; nothing changed), failed (the build or its check failed;
 *     nothing changed), busy (another build is running)
 * @param generation the generation now live, when ok
 * @param message one sentence for a person
 * @param errors validation errors as "file:line: error: ...", when invalid
 * @param warnings problems that did not stop the build
 * @param unchanged a reindex found the corpus as the live generation was built from it, and made no new one
 */
public record ReindexReport(
        String action,
        String status,
        String generation,
        String message,
        int documents,
        int passages,
        Timings millis,
        List<String> errors,
        List<String> warnings,
        String finishedAt,
        boolean unchanged) {

    public static final String OK = "ok";
    public static final String INVALID = "invalid";
    public static final String FAILED = "failed";
    public static final String BUSY = "busy";

    public ReindexReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Where the time went. */
    public record Timings(long validate, long build, long verify, long total) {
        static final Timings NONE = new Timings(0, 0, 0, 0);
    }

    public boolean ok() {
        return OK.equals(status);
    }
}
