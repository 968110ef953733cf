package faqbot.bench;

import java.util.Locale;

/**
 * What identifies a MedQuAD pair for scoring: its question, normalized. MedQuAD's ids repeat across its NIH
 * sources, and some sources ask the very same question; a visitor could not tell those apart, so any of them counts.
 */
final class PairKey {

    private PairKey() {}

    static String of(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
