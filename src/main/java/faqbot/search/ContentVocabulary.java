package faqbot.search;

import faqbot.index.IndexFields;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every term the searched fields of one index generation hold. What a visitor types that is not here is their own
 * (a grandson's name, a condition the content never mentions): it can match nothing, so it is answered at once and
 * never kept in any cache; only the content's own terms are. Tens of thousands of terms for a 16k-entry FAQ corpus.
 */
final class ContentVocabulary {

    /** The fields a question's words are searched or weighed in. */
    static final List<String> FIELDS = List.of(IndexFields.BODY, IndexFields.HEADING, IndexFields.QUESTION,
            IndexFields.FOCUS, IndexFields.DOCUMENT_TITLE);

    private final Set<String> terms;

    private ContentVocabulary(Set<String> terms) {
        this.terms = Set.copyOf(terms);
    }

    static ContentVocabulary of(IndexReader reader) throws IOException {
        Set<String> terms = new HashSet<>();
        for (String field : FIELDS) {
            Terms indexed = MultiTerms.getTerms(reader, field);
            if (indexed == null) {
                continue;
            }
            TermsEnum each = indexed.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                terms.add(term.utf8ToString());
            }
        }
        return new ContentVocabulary(terms);
    }

    /** Whether some passage holds the term in one of the searched fields. */
    boolean contains(String term) {
        return terms.contains(term);
    }

    boolean contains(BytesRef term) {
        return terms.contains(term.utf8ToString());
    }
}
