package faqbot.nlu;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns chat text into lower-case word tokens, so "Can't", "cant" and "CAN’T" look the same to every consumer. */
public final class TextNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final String[] NO_TOKENS = new String[0];

    private TextNormaliser() {
    }

    /** Lower case, no accents, contractions joined ("can't" → "cant"), punctuation gone (chat users often omit "?"). */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        return OTHER.matcher(s).replaceAll(" ").trim();
    }

    /** The words of a text, the one notion of a word in a visitor's message every reader of it shares. */
    public static String[] tokens(String text) {
        String normalised = normalise(text);
        return normalised.isEmpty() ? NO_TOKENS : normalised.split(" ");
    }
}
