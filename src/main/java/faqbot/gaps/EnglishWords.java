package faqbot.gaps;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Everyday English words, lower-cased: the function words of questions (pronouns, modals, contractions), the words
 * for family members, Lucene's English stop words, and Datafaker's English word and verb lists (some 6,500 words,
 * kept in the jar as english-words.txt, checked by WordListsTest). Tells "will", "may", "son" and "do" apart from
 * "john" where both are on a list of names.
 */
final class EnglishWords {

    static final String RESOURCE = "english-words.txt";
    static final List<String> FUNCTION_WORDS = List.of(
            "i", "me", "my", "mine", "myself", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its",
            "we", "us", "our", "ours", "they", "them", "their", "theirs", "who", "whom", "whose", "what", "which", "when",
            "where", "why", "how", "this", "that", "these", "those", "there", "here", "am", "is", "are", "was", "were", "be",
            "been", "being", "do", "does", "did", "done", "have", "has", "had", "can", "could", "will", "would", "shall",
            "should", "may", "might", "must", "not", "no", "yes", "nor", "so", "too", "very", "just", "also", "still", "ever",
            "never", "again", "now", "then", "much", "many", "more", "most", "less", "least", "few", "each", "every", "both",
            "either", "neither", "other", "another", "such", "same", "own", "any", "some", "all", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "last", "next", "ok", "okay",
            "please", "thanks", "hi", "hello", "hey", "dear", "i'm", "im", "i've", "i'd", "i'll", "it's", "don't", "dont",
            "doesn't", "can't", "cant", "won't", "isn't", "what's", "whats", "there's", "he's", "she's", "they're", "we're",
            "you're", "that's", "didn't", "wasn't", "aren't", "shouldn't", "couldn't", "wouldn't");

    private static final Set<String> FUNCTION = function();

    private final Set<String> words;

    private EnglishWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Whether the word closes no class of its own: "is", "will", "has", "the", never a name after "my son". */
    static boolean isFunctionWord(String lowerCaseWord) {
        return FUNCTION.contains(lowerCaseWord);
    }

    private static Set<String> function() {
        Set<String> words = new HashSet<>(FUNCTION_WORDS);
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        return Set.copyOf(words);
    }

    static EnglishWords standard() {
        return Standard.WORDS;
    }

    /** Whether the word, or the word it inflects ("needs", "tried", "taking"), is everyday English. */
    boolean contains(String lowerCaseWord) {
        String w = lowerCaseWord;
        return words.contains(w)
                || w.endsWith("s") && words.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && words.contains(w.substring(0, w.length() - 2))
                || w.endsWith("ies") && words.contains(w.substring(0, w.length() - 3) + "y")
                || w.endsWith("ied") && words.contains(w.substring(0, w.length() - 3) + "y")
                || w.endsWith("ed") && (words.contains(w.substring(0, w.length() - 2)) || words.contains(w.substring(0, w.length() - 1)))
                || w.endsWith("ing") && (words.contains(w.substring(0, w.length() - 3)) || words.contains(w.substring(0, w.length() - 3) + "e"));
    }

    private static final class Standard {
        static final EnglishWords WORDS = read();
    }

    private static EnglishWords read() {
        Set<String> words = new HashSet<>(WordList.read(RESOURCE));
        words.addAll(FUNCTION);
        words.addAll(Scrubber.INTRODUCERS);
        return new EnglishWords(words);
    }
}
