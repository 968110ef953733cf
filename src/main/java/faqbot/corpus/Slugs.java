package faqbot.corpus;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Anchors for headings. The demo page and the citations must compute them the same way, so only this class does. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {}

    /** "Fact 5: Possible Complications & Risks" → "fact-5-possible-complications-risks". */
    public static String slug(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String words = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return EDGE_DASHES.matcher(OTHER.matcher(words).replaceAll("-")).replaceAll("");
    }

    /** The anchor of a section: the slugs of its heading path joined with "--", so repeated sub-headings stay unique. */
    public static String anchor(List<String> headingPath) {
        return headingPath.stream().map(Slugs::slug).collect(Collectors.joining("--"));
    }
}
