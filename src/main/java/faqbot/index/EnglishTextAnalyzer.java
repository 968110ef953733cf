package faqbot.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English text for passages and questions: like Lucene's EnglishAnalyzer, with a stop list that also drops the
 * words every question has ("what", "how", "my"), and patients' synonyms at query time only.
 */
public final class EnglishTextAnalyzer extends Analyzer {

    private final SynonymMap synonyms;

    /** The index-time analyzer: no synonyms, so the index holds only the content's own words. */
    public EnglishTextAnalyzer() {
        this(null);
    }

    /** The query-time analyzer: expands patients' words to the content's words before stemming. */
    public EnglishTextAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        if (synonyms != null && synonyms.fst != null) {
            result = new SynonymGraphFilter(result, synonyms, true);
        }
        result = new StopFilter(result, StopWords.ENGLISH_QUESTIONS);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The stop list, exposed for tests and for the spelling corrector (stop words are never "misspelled"). */
    public static CharArraySet stopWords() {
        return StopWords.ENGLISH_QUESTIONS;
    }
}
