package faqbot.corpus;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Anchors for headings. The demo page and the citations must compute them the same way, so only this class does. */
public final class Slugs {

    private Slugs() {}

    /** "Fact 5: Possible Complications & Risks" → "fact-5-possible-complications-risks". */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** The anchor of a section: the slugs of its heading path joined with "--", so repeated sub-headings stay unique. */
    public static String anchor(List<String> headingPath) {
        return headingPath.stream().map(Slugs::slug).collect(Collectors.joining("--"));
    }
}
