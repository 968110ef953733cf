package faqbot.search;

import java.util.List;

/**
 * An FAQ question with its entry's question type and the names of what it is about, for training the detector.
 *
 * @param names the focus and its synonyms ("Tourette syndrome", "TS"): removed before training, so the model learns
 *     the words of the type ("symptoms", "inherited"), not the diseases that happen to have many entries of a type
 */
record TypedQuestion(String question, List<String> names, String type) {

    TypedQuestion {
        names = List.copyOf(names);
    }
}
