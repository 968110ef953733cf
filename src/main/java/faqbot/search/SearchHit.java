package faqbot.search;

import faqbot.corpus.Passage;

/** One retrieved passage with its BM25 score and how much of the question it covers (0..1). */
public record SearchHit(Passage passage, float score, double coverage) {}
