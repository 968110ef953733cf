package faqbot.search;

import faqbot.index.AnalyzedTerms;
import faqbot.index.IndexFields;
import faqbot.index.SpellingAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** Every word the synonym list mentions: known words, which the spelling corrector must leave alone. */
final class SynonymWords {

    private SynonymWords() {}

    static Set<String> read(Path synonymsFile) throws IOException {
        Set<String> words = new HashSet<>();
        if (!Files.exists(synonymsFile)) {
            return words;
        }
        try (Analyzer analyzer = new SpellingAnalyzer()) {
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
