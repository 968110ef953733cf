package faqbot.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Which of the question's terms a retrieved passage holds, looked up in the index's postings: the cost grows with
 * the question, never with the passage's length or the corpus's size (re-analyzing a 10 kB answer per hit would).
 */
final class PassageTerms {

    private PassageTerms() {}

    static Set<String> present(IndexReader reader, int doc, Collection<String> terms, List<String> fields) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int local = doc - leaf.docBase;
        Set<String> present = new HashSet<>();
        for (String field : fields) {
            Terms indexed = leaf.reader().terms(field);
            if (indexed == null) {
                continue;
            }
            TermsEnum te = indexed.iterator();
            for (String term : terms) {
                if (!present.contains(term) && te.seekExact(new BytesRef(term)) && holds(te, local)) {
                    present.add(term);
                }
            }
        }
        return present;
    }

    private static boolean holds(TermsEnum te, int doc) throws IOException {
        PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
        return postings.advance(doc) == doc && doc != DocIdSetIterator.NO_MORE_DOCS;
    }
}
