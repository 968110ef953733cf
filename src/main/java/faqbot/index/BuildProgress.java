package faqbot.index;

import faqbot.semantic.EmbeddingProgress;

/** Told how far a build is (embedding, then indexing), for a progress bar on large corpora. */
@FunctionalInterface
public interface BuildProgress extends EmbeddingProgress {

    BuildProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} passages are in the index. */
    void indexed(long done, long total);
}
