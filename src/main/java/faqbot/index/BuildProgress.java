package faqbot.index;

/** Told how far a build is, for a progress bar on large corpora. */
@FunctionalInterface
public interface BuildProgress {

    BuildProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} passages are in the index. */
    void indexed(long done, long total);
}
