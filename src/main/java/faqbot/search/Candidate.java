package faqbot.search;

/** A passage the retrieval stage found, by its document number, with the retriever's score (higher is better). */
record Candidate(int doc, float score) {}
