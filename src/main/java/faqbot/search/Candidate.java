package faqbot.search;

/**
 * A passage the retrieval stage found, by its document number, with its lexical (BM25) score (0 when it matches no
 * word) and its dense similarity to the question (cosine, -1..1; NaN when the question was not embedded).
 */
record Candidate(int doc, float score, float similarity) {

    /** A lexical candidate only. */
    Candidate(int doc, float score) {
        this(doc, score, Float.NaN);
    }
}
