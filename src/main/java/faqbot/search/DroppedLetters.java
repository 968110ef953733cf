package faqbot.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Function words typed with a letter left out on a phone ("wat is it", "hw long", "wich one"), read as meant. The
 * spelling corrector leaves words this short alone, and such a word, which the content never uses, would count as a
 * word of the question that no passage holds. Only a dropped letter: "ibs" stays "ibs" (a changed letter, as in
 * "its", is a word of its own far too often). Where two function words fit ("wat": "what", "want") either says
 * nothing of the topic; the first in alphabetical order is taken, so a message always reads the same.
 */
final class DroppedLetters {

    private final Map<String, String> meant;
    private final Predicate<String> known;

    /**
     * @param functionWords the words meant (the analyzer's stop words)
     * @param known words that are right as typed: the content's, common English, synonyms
     */
    DroppedLetters(Set<String> functionWords, Predicate<String> known) {
        Map<String, String> byTypo = new HashMap<>();
        for (String word : new TreeSet<>(functionWords)) {
            for (int i = 0; i < word.length() && word.length() > 2; i++) {
                byTypo.putIfAbsent(word.substring(0, i) + word.substring(i + 1), word);
            }
        }
        functionWords.forEach(byTypo::remove); // "the" typed is "the", not "then" with a letter dropped
        this.meant = Map.copyOf(byTypo);
        this.known = known;
    }

    List<String> restored(List<String> words) {
        return words.stream().map(w -> meant.containsKey(w) && !known.test(w) ? meant.get(w) : w).toList();
    }
}
