package faqbot.dialog;

import faqbot.search.SearchHit;

/**
 * A 0..1 confidence that the top passage answers the question: the idf-weighted share of the question's words
 * (with synonyms) that the passage contains. Rare words the corpus never uses ("migraine") pull it down hard.
 */
final class Confidence {

    private Confidence() {}

    static double of(SearchHit top) {
        return Math.round(top.coverage() * 1000) / 1000.0;
    }
}
