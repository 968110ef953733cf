package faqbot.publish;

import faqbot.index.Manifest;
import java.time.Instant;
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

    /** The generation in {@code m} is live: a build published it, a rollback went to it, or it stayed. */
    static ReindexReport live(String action, Manifest m, String message, Timings millis, List<String> warnings, boolean unchanged) {
        return new ReindexReport(action, OK, m.generation(), message, m.documents(), m.passages(), millis, List.of(), warnings,
                Instant.now().toString(), unchanged);
    }

    /** A build made {@code m} live. */
    static ReindexReport published(Manifest m, Timings millis, List<String> warnings) {
        return live("reindex", m, "Published " + m.generation() + ": " + count(m.documents(), "document") + ", "
                + count(m.passages(), "passage") + ".", millis, warnings, false);
    }

    /** A reindex found the corpus as {@code m}, the live generation, was built from it, and made no new one. */
    static ReindexReport unchanged(Manifest m, Timings millis, List<String> warnings) {
        return live("reindex", m, "The corpus is unchanged since " + m.generation() + " was built (" + m.builtAt()
                + "): no new generation was made; " + m.generation() + " stays live.", millis, warnings, true);
    }

    /** A rollback made {@code m} live; {@code skipped} says which targets it passed over, or is empty. */
    static ReindexReport rolledBack(Manifest m, String skipped, long millis) {
        return live("rollback", m, "Rolled back to " + m.generation() + " (built " + m.builtAt()
                + "); it stays live until the next reindex." + skipped, new Timings(0, 0, 0, millis), List.of(), false);
    }

    /** The corpus has errors; nothing was built. {@code stillLive} says what serves meanwhile. */
    static ReindexReport invalid(List<String> errors, List<String> warnings, String stillLive, Timings millis) {
        String message = "The corpus has " + errors.size() + (errors.size() == 1 ? " error" : " errors") + "; nothing was built. " + stillLive;
        return new ReindexReport("reindex", INVALID, null, message, 0, 0, millis, errors, warnings, Instant.now().toString(), false);
    }

    /** The action did not happen; the live generation is unchanged. */
    static ReindexReport failed(String action, String message, long millis, List<String> warnings) {
        return new ReindexReport(action, FAILED, null, message, 0, 0, new Timings(0, 0, 0, millis), List.of(), warnings,
                Instant.now().toString(), false);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public boolean ok() {
        return OK.equals(status);
    }
}
