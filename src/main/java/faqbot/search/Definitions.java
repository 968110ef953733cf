package faqbot.search;

import faqbot.index.FocusKeys;
import faqbot.nlu.PartOfSpeech;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions, as patient education writes and patients ask for them: a passage whose opening sentence says what its
 * subject is ("A knee replacement is an operation that …", "Whiplash, a soft tissue injury to the neck, is …") is the
 * passage that answers "what is a knee replacement?", whatever its heading says.
 */
public final class Definitions {

    /** The kind of section that says what something is: the question type of "what is it?" (see question-type-phrases.tsv). */
    static final String KIND = "information";

    /** Ways of asking what something is besides "what is X?", which {@link SubjectNames#defined} reads. */
    private static final Pattern ASKS = Pattern.compile("\\b(?:tell me about|explain|never heard of|meaning of|what exactly is|info(?:rmation)? (?:about|on))"
            + "\\s+(?:an?\\s+|the\\s+)?([^,.?!;]+)|\\bwhat does\\s+(?:an?\\s+|the\\s+)?([^,.?!;]+?)\\s+mean\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHATS = Pattern.compile("\\bwhat(?:'|’)?s\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING = Pattern.compile("^\\W*(?:(?:so|and|ok|okay|hi|hello|please|um)\\W+)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("(?:\\W+(?:exactly|again|then|please|anyway|before|is|are))*\\W*$", Pattern.CASE_INSENSITIVE);
    /** A name asked about may carry one word more than the subject's name ("knee replacement surgery"), no more. */
    private static final int EXTRA_WORDS = 1;
    /** Verbs that name what something is whatever follows: "is also called", "refers to", "means". */
    private static final String NAMING = "(?:(?:is|are|was|were)\\s+(?:also\\s+)?(?:called|known as)|refers to|means|describes)\\b";
    /**
     * "is", "are": a definition when a thing follows ("is a …", "is surgery that …", "are breaks in …", "is a chronic
     * disease"), not a quality or a manner ("is common in …", "is better at …", "is preferred when …", "is often …").
     */
    private static final String COPULA = "(?:is|are|was|were)\\s+";
    private static final Set<String> THING = Set.of("DET", "NOUN", "PROPN", "NUM");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    /** Words allowed between the name and the verb: an aside in commas, dashes or brackets ("Whiplash - a neck injury - is"). */
    private static final String ASIDE = "(?:\\s*(?:\\([^)]{0,80}\\)|,[^,.]{0,80},|[-–—][^-–—.]{0,80}[-–—]))?";

    private Definitions() {}

    /**
     * What a visitor's message asks the definition of ("what is X", "whats X exactly", "tell me about X", "never heard
     * of X before"), or nothing when it asks something else ("what is recovery like after X" names no thing).
     */
    public static Optional<String> askedAbout(String message) {
        if (message.length() > 200) {
            return Optional.empty();
        }
        String plain = TRAILING.matcher(LEADING.matcher(WHATS.matcher(message).replaceAll("what is")).replaceAll("")).replaceAll("");
        Optional<String> defined = SubjectNames.defined(plain);
        if (defined.isPresent()) {
            return defined;
        }
        Matcher m = ASKS.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        String phrase = TRAILING.matcher(m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("");
        return SubjectNames.isName(phrase) ? Optional.of(phrase) : Optional.empty();
    }

    /** Whether a phrase asked about names the subject of one of these names, with at most one word more. */
    static boolean names(String phrase, List<String> subjectNames) {
        List<String> asked = List.of(FocusKeys.key(phrase).split(" "));
        for (String name : subjectNames) {
            List<String> terms = List.of(FocusKeys.key(name).split(" "));
            if (!terms.get(0).isEmpty() && asked.containsAll(terms) && asked.size() - terms.size() <= EXTRA_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text's opening sentence says what one of the names is (the tagger tells a thing from a quality). */
    static boolean defines(String text, List<String> names, PartOfSpeech english) {
        String opening = opening(text).toLowerCase(Locale.ROOT);
        for (String name : names) {
            String n = Pattern.quote(name.toLowerCase(Locale.ROOT).strip());
            Matcher m = Pattern.compile("^(?:an?\\s+|the\\s+)?" + n + ASIDE + "\\s*\\b(?:(" + NAMING + ")|" + COPULA + ")").matcher(opening);
            if (m.find() && (m.group(1) != null || thingFollows(opening, m.end(), english))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from {@code start} begin with a thing: a determiner, a noun, or adjectives then a noun. */
    private static boolean thingFollows(String opening, int start, PartOfSpeech english) {
        List<String> before = words(opening.substring(0, start));
        List<String> after = words(opening.substring(start));
        if (after.isEmpty()) {
            return false;
        }
        List<String> all = new ArrayList<>(before);
        all.addAll(after.subList(0, Math.min(after.size(), 4)));
        List<String> tags = english.tag(all).subList(before.size(), all.size());
        int i = 0;
        while (i < tags.size() - 1 && tags.get(i).equals("ADJ")) {
            i++;
        }
        return THING.contains(tags.get(i)) && (i == 0 || !tags.get(i).equals("DET"));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The text up to its first full stop, at most a few hundred characters. */
    private static String opening(String text) {
        String first = text.strip();
        int stop = first.indexOf(". ");
        first = stop < 0 ? first : first.substring(0, stop);
        return first.length() > 300 ? first.substring(0, 300) : first;
    }
}
