package faqbot.search;

import java.util.List;

/**
 * A visitor's question as the search understands it: what goes from reading the text to retrieval and rerank.
 *
 * @param asked the visitor's text with its noise stripped ("hi, my son ..."), for the question type
 * @param texts the words searched, spelling corrected: the visitor's own, then those the conversation adds
 * @param terms the weighted terms of all of them, which hits are judged by
 * @param askedTerms the terms of the visitor's own words only (the same as {@code terms} when nothing was added)
 */
record Question(String asked, List<String> texts, QuestionTerms terms, QuestionTerms askedTerms) {

    Question {
        texts = List.copyOf(texts);
    }

    /** Every word searched, in order. */
    String words() {
        return String.join(" ", texts);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }
}
