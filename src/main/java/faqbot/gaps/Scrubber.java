package faqbot.gaps;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes what could identify a person out of a question before it is kept: e-mail addresses, every digit (phone
 * numbers, dates, record numbers, ages), and names — after "my name is", "call me", "Dr", "I'm" and the like, and any
 * capitalised word inside a sentence that the content never uses. Best effort, so it errs towards removing words.
 */
final class Scrubber {

    static final int MAX_CHARS = 300;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}([\\p{N}\\s().:/+-]*\\p{N})?");
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(my name is|my name's|call me)\\s+(\\p{L}[\\p{L}'-]*)(\\s+\\p{L}[\\p{L}'-]*)?");
    private static final Pattern TITLE_ABBREVIATED = Pattern.compile("(?i)\\b(dr|mr|mrs|ms|mx|prof)\\.?\\s+(\\p{L}[\\p{L}'-]*)");
    private static final Pattern TITLE_WORD = Pattern.compile("\\b((?i:doctor|miss|nurse|professor|named|called))\\s+(\\p{Lu}[\\p{L}'-]*)");
    private static final Pattern I_AM = Pattern.compile("\\b([Ii] am|[Ii]'m|[Ii]m)\\s+(\\p{Lu}[\\p{L}'-]*)");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s?!.,;:]+$");
    private static final String NAME = "[name]";

    private final Predicate<String> knownWord;

    /** @param knownWord whether the content uses a word: capitalised words it knows are kept (Medicare, Kyphoplasty) */
    Scrubber(Predicate<String> knownWord) {
        this.knownWord = knownWord;
    }

    /**
     * The question with personal details replaced, lower-cased, spaces squeezed and end punctuation dropped (so the
     * same question typed twice is one entry), at most {@link #MAX_CHARS}.
     */
    String scrub(String message) {
        String text = EMAIL.matcher(message).replaceAll("[email]");
        text = NUMBER.matcher(text).replaceAll("[number]");
        text = NAMED.matcher(text).replaceAll("$1 " + NAME);
        text = TITLE_ABBREVIATED.matcher(text).replaceAll("$1 " + NAME);
        text = TITLE_WORD.matcher(text).replaceAll("$1 " + NAME);
        text = I_AM.matcher(text).replaceAll("$1 " + NAME);
        text = capitalisedUnknownWords(text);
        text = TRAILING_PUNCTUATION.matcher(SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()).replaceAll("");
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }

    /** Capitalised words inside a sentence that the content never uses are most likely names. */
    private String capitalisedUnknownWords(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            boolean name = Character.isUpperCase(word.charAt(0)) && !startsSentence(text, m.start()) && !isAcronym(word)
                    && !knownWord.test(word);
            m.appendReplacement(out, Matcher.quoteReplacement(name ? NAME : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '(' && c != '\'') {
                return c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '\n';
            }
        }
        return true;
    }

    /** VCF, PMMA, MRI: short all-capital words are terms, not names; nor are I'm, I've, I'd, I'll. */
    private static boolean isAcronym(String word) {
        return word.startsWith("I'") || word.startsWith("I’")
                || word.length() <= 5 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
