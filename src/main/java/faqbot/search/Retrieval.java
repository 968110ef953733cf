package faqbot.search;

/** Which retrieval a search runs: both fused (what the chat uses), or one alone (for benchmarks that compare them). */
public enum Retrieval {
    /** BM25 over the passages' words, reranked by coverage. */
    LEXICAL,
    /** The passages nearest the question's embedding, by cosine alone. */
    DENSE,
    /** Both, fused by {@link Fusion} and reranked. */
    HYBRID
}
