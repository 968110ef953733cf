package faqbot.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Reads `synonyms.txt` in Solr format into the map the query analyzer expands with. */
public final class Synonyms {

    private Synonyms() {}

    /** An empty map when the file is absent: synonyms are optional content. */
    public static SynonymMap load(Path file) throws IOException, ParseException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return parse(new StringReader(text));
    }

    public static SynonymMap parse(Reader reader) throws IOException, ParseException {
        try (Analyzer words = new SpellingAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            parser.parse(reader);
            return parser.build();
        }
    }
}
