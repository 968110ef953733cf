package faqbot.bench;

/**
 * A rewritten MedQuAD question and the key of the pair it came from ({@link PairKey}).
 *
 * @param variant how the question was rewritten, for the breakdown
 */
record DevQuestion(String text, String original, String variant) {}
