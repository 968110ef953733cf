package faqbot.gaps;

import java.util.regex.Pattern;

/**
 * E-mail addresses, written ("jane.doe@mail.example") or spelled out to dodge filters ("john dot smith at gmail dot
 * com", "jsmith (at) example [dot] org", "mary at hotmail"). A spelled address must end in a common top-level domain
 * or name a common mail service, so "pain at night" stays.
 */
final class Emails {

    private static final Pattern WRITTEN = Pattern.compile("[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(\\.[\\p{L}\\p{N}-]{1,63}){1,8}");
    private static final String PART = "[\\p{L}\\p{N}_%+-]{1,64}";
    private static final String DOT = "\\s*(?:\\.|[(\\[{<]\\s*dot\\s*[)\\]}>]|\\bdot\\b)\\s*";
    private static final String AT = "(?:\\s*(?:@|[(\\[{<]\\s*at\\s*[)\\]}>])\\s*|\\s+at\\s+)";
    private static final String TOP_LEVEL = "(?:com|org|net|edu|gov|mil|info|biz|io|co|uk|us|ca|au|nz|ie|in|de|fr|es|it"
            + "|nl|be|ch|at|se|no|dk|fi|pl|pt|br|mx|za|jp|cn|ru|me)";
    private static final String SERVICE = "(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|aol|proton(?:mail)?"
            + "|gmx|mail|comcast|verizon|att)";
    /**
     * Every repeat is bounded, as in real addresses (64 characters a part, a few dots): an unbounded group recurses
     * once a repeat in java.util.regex, and unbounded runs make a long word cost quadratic time.
     */
    private static final Pattern SPELLED = Pattern.compile("(?iu)\\b" + PART + "(?:(?:" + DOT + "|\\s*underscore\\s*)" + PART + "){0,6}"
            + AT + "(?:" + PART + "(?:" + DOT + PART + "){0,4}" + DOT + TOP_LEVEL + "|" + SERVICE + ")\\b");
    private static final String PLACEHOLDER = "[email]";

    private Emails() {}

    static String replace(String text) {
        return SPELLED.matcher(WRITTEN.matcher(text).replaceAll(PLACEHOLDER)).replaceAll(PLACEHOLDER);
    }
}
