package faqbot.semantic;

import faqbot.corpus.Passage;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What of a passage is embedded: what it is about first (an article's title and heading trail, an FAQ entry's
 * questions), then its text, so the model's first word pieces, the ones it always reads, say what it answers.
 * An FAQ sheet's title is left out: it names the sheet, not the entry.
 */
public final class PassageText {

    private PassageText() {}

    public static String of(Passage passage) {
        Set<String> about = new LinkedHashSet<>();
        if (!passage.isFaq()) {
            about.add(passage.documentTitle());
        }
        about.addAll(passage.trail());
        about.addAll(passage.question());
        StringBuilder text = new StringBuilder();
        for (String line : about) {
            if (!line.isBlank()) {
                text.append(line.strip()).append(endsASentence(line) ? " " : ". ");
            }
        }
        return text.append(passage.text()).toString();
    }

    private static boolean endsASentence(String line) {
        String s = line.strip();
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == ':';
    }
}
