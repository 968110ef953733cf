package faqbot.search;

import java.util.Arrays;
import java.util.Locale;

/** The words the question-type detector sees: lower-cased letters and digits, every other character a break. */
final class QuestionTypeWords {

    private QuestionTypeWords() {}

    static String[] of(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .map(w -> w.replace("'", ""))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }
}
