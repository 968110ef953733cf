package faqbot.publish;

/** Another build holds the index's build lock; only one build runs at a time. */
public final class BuildRunningException extends Exception {

    private static final long serialVersionUID = 1L;

    BuildRunningException(String since) {
        super("A reindex is already running" + (since.isBlank() ? "" : " (" + since + ")")
                + "; wait for it to finish and try again.");
    }
}
