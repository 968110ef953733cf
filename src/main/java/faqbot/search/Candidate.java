package faqbot.search;

/**
 * A passage the retrieval stage found, by its document number, with its lexical (BM25) score (0 when it matches no
 * word), its dense similarity to the question (cosine, -1..1; NaN when the question was not embedded), and whether
 * BM25 found it among its best (else only its meaning brought it).
 */
record Candidate(int doc, float score, float similarity, boolean byWords) {

    /** A lexical candidate only. */
    Candidate(int doc, float score) {
        this(doc, score, Float.NaN, true);
    }
}
