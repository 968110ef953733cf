package faqbot.testing;

import faqbot.index.AnalyzedTerms;
import org.apache.lucene.analysis.Analyzer;

/** The tokens an analyzer makes of a text, space-separated, for input → tokens tables. */
public final class Tokens {

    private Tokens() {}

    public static String of(Analyzer analyzer, String text) {
        return String.join(" ", AnalyzedTerms.of(analyzer, "body", text));
    }
}
