package faqbot.search;

import faqbot.index.FocusKeys;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of subjects that titles and headings give, in the ways patient education writes them: a title names its
 * subject ("Knee replacement", "Kyphoplasty vs. Vertebroplasty: Key Differences"), and a heading or FAQ question that
 * asks what something is names it ("What is Vertebroplasty?", "What is (are) Back Pain?").
 */
final class SubjectNames {

    /** A subject's name is short; "the main difference between kyphoplasty and vertebroplasty" is no name. */
    static final int MAX_WORDS = 4;

    private static final Pattern DEFINING = Pattern.compile(
            "^\\s*what\\s+(?:is|are)\\s+(?:\\(are\\)\\s+)?(?:an?\\s+)?(.+?)\\s*[?.!]*\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSUS = Pattern.compile("\\s+(?:vs\\.?|versus)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAQ_WORDS = Pattern.compile("\\b(?:faqs?|frequently asked questions)\\b", Pattern.CASE_INSENSITIVE);
    /** First words that make a phrase a description, not a name ("what is the best …", "what is it"). */
    private static final Set<String> NOT_A_NAME = Set.of("the", "it", "this", "that", "these", "those", "there", "my", "your",
            "our", "their", "its", "his", "her", "he", "she", "they", "you", "i", "we", "one", "some", "any", "all", "each",
            "better", "best", "worse", "more", "less", "happening", "involved", "needed", "next");

    private SubjectNames() {}

    /** "Kyphoplasty vs. Vertebroplasty: Key Differences" → Kyphoplasty, Vertebroplasty; "Knee faq" → Knee. */
    static List<String> ofTitle(String title) {
        int colon = title.indexOf(':');
        String main = FAQ_WORDS.matcher(colon < 0 ? title : title.substring(0, colon)).replaceAll(" ").strip();
        return Arrays.stream(VERSUS.split(main)).map(String::strip).filter(SubjectNames::isName).toList();
    }

    /** What a heading or question defines: "What is Vertebroplasty?" → Vertebroplasty; "What is it like?" → nothing. */
    static Optional<String> defined(String headingOrQuestion) {
        Matcher m = DEFINING.matcher(headingOrQuestion);
        return m.matches() && isName(m.group(1)) ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static boolean isName(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        if (phrase.isBlank() || words.length > MAX_WORDS || NOT_A_NAME.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !FocusKeys.key(phrase).isEmpty();
    }
}
