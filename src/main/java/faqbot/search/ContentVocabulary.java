package faqbot.search;

import faqbot.index.IndexFields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Whether the searched fields of one index generation hold a term: what a visitor types that is not there is their
 * own (a grandson's name, a condition the content never mentions). Looked up in the index, so nothing is kept.
 */
final class ContentVocabulary {

    /** The fields a question's words are searched or weighed in. */
    static final List<String> FIELDS = List.of(IndexFields.BODY, IndexFields.HEADING, IndexFields.QUESTION,
            IndexFields.FOCUS, IndexFields.DOCUMENT_TITLE);

    private final IndexReader reader;

    ContentVocabulary(IndexReader reader) {
        this.reader = reader;
    }

    /** Whether some passage holds the term in one of the searched fields. */
    boolean contains(String term) {
        try {
            for (String field : FIELDS) {
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
