package faqbot.search;

import faqbot.corpus.Passage;

/**
 * One retrieved passage with its BM25 score, how much of the question it covers (0..1), and how much of the
 * question its own headings cover (0..1), and how much of what the visitor asked it covers, without the words the
 * conversation added (0..1; the same as {@code coverage} when nothing was added).
 */
public record SearchHit(Passage passage, float score, double coverage, double headingCoverage, double askedCoverage) {}
