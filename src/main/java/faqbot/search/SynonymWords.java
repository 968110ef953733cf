package faqbot.search;

import faqbot.index.AnalyzedTerms;
import faqbot.index.EnglishTextAnalyzer;
import faqbot.index.IndexFields;
import faqbot.index.SpellingAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** Every word the synonym list mentions: the content team's words, not a visitor's. */
final class SynonymWords {

    private SynonymWords() {}

    /** The words as typed (lower case): known words, which the spelling corrector must leave alone. */
    static Set<String> read(Path synonymsFile) throws IOException {
        return read(synonymsFile, new SpellingAnalyzer());
    }

    /** The words as the index analyzes them: the terms a synonym adds to a query, whether the content has them or not. */
    static Set<String> terms(Path synonymsFile) throws IOException {
        return read(synonymsFile, new EnglishTextAnalyzer());
    }

    private static Set<String> read(Path synonymsFile, Analyzer analyzer) throws IOException {
        Set<String> words = new HashSet<>();
        try (analyzer) {
            if (!Files.exists(synonymsFile)) {
                return words;
            }
            for (String line : Files.readAllLines(synonymsFile, StandardCharsets.UTF_8)) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    words.addAll(AnalyzedTerms.of(analyzer, IndexFields.BODY, content.replace("=>", ",")));
                }
            }
        }
        return words;
    }
}
