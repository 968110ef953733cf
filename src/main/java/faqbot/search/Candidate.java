package faqbot.search;

/** A matching document before its passage is read: enough to rerank, so only the kept hits are read. */
record Candidate(int doc, float score, double coverage, double headingCoverage) {}
