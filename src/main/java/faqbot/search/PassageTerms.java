package faqbot.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Which of the question's terms each retrieved passage holds, read from each term's postings: the cost grows with
 * the question and the number of passages judged, never with a passage's length (re-analyzing a 10 kB answer per
 * hit would) or the corpus's size.
 */
final class PassageTerms {

    private PassageTerms() {}

    /** For each of {@code docs} (any order), the terms it holds in any of the fields. */
    static List<Set<String>> present(IndexReader reader, int[] docs, Collection<String> terms, List<String> fields)
            throws IOException {
        Map<Integer, Set<String>> present = new HashMap<>();
        for (int doc : docs) {
            present.put(doc, new HashSet<>());
        }
        int[] ascending = docs.clone();
        Arrays.sort(ascending); // postings only go forward
        for (String field : fields) {
            for (String term : terms) {
                PostingsEnum postings = MultiTerms.getTermPostingsEnum(reader, field, new BytesRef(term), PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                for (int doc : ascending) {
                    if (postings.docID() < doc && postings.advance(doc) == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (postings.docID() == doc) {
                        present.get(doc).add(term);
                    }
                }
            }
        }
        return Arrays.stream(docs).mapToObj(present::get).toList();
    }
}
