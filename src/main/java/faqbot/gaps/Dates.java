package faqbot.gaps;

import java.util.regex.Pattern;

/**
 * Dates as people write them: "3/4/2025", "2024-01-02", "02.01.24", "march 3rd", "May 5, 1950", "the 5th of May
 * 1950", "3 march", "march third", "june 2019". A month alone ("since may") is no date and stays.
 */
final class Dates {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ORDINAL_WORD = "(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|thirtieth";
    private static final String DAY = "(?:\\d{1,2}(?:st|nd|rd|th)?|" + ORDINAL_WORD + ")";
    private static final String YEAR = "(?:\\d{4}|'\\d{2})";
    private static final Pattern DATE = Pattern.compile("(?iu)"
            + "\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b"
            + "|\\b(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s*" + YEAR + ")?(?![\\p{L}])"
            + "|\\b" + MONTH + "\\s+(?:the\\s+)?" + DAY + "\\b(?:,?\\s*" + YEAR + "\\b)?"
            + "|\\b" + MONTH + "\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final String PLACEHOLDER = "[date]";

    private Dates() {}

    static String replace(String text) {
        return DATE.matcher(text).replaceAll(PLACEHOLDER);
    }
}
