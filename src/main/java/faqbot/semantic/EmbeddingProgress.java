package faqbot.semantic;

/** Told how far a build's embedding is, for a progress bar. */
public interface EmbeddingProgress {

    EmbeddingProgress NONE = new EmbeddingProgress() { };

    /** Before embedding: {@code kept} passages have their vectors from the cache, {@code toEmbed} need embedding. */
    default void embedding(long kept, long toEmbed) {
    }

    /** {@code done} of the {@code total} passages that needed embedding have their vectors. */
    default void embedded(long done, long total) {
    }
}
