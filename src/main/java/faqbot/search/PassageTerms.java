package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Which of the question's terms each retrieved passage holds, looked up in the index's postings: the cost grows with
 * the question and the number of passages judged, never with a passage's length or the corpus's size (re-analyzing
 * a 10 kB answer per hit would). Each term is looked up once per field for all the passages together.
 */
final class PassageTerms {

    /** Terms whose dictionary positions are kept; a few hundred bytes each. */
    static final int MAX_KEPT = 100_000;

    private final IndexSearcher searcher;
    private final ContentVocabulary vocabulary;
    /**
     * Where each (field, term) is in the term dictionary, or that it is not: the same for every question. Only for the
     * content's terms; a word no passage holds is in no passage, and is the visitor's own, not to be kept.
     */
    private final Cache<Term, TermStates> states = Caffeine.newBuilder().maximumSize(MAX_KEPT).executor(Runnable::run).build();

    PassageTerms(IndexSearcher searcher, ContentVocabulary vocabulary) {
        this.searcher = searcher;
        this.vocabulary = vocabulary;
    }

    /** For each of {@code docs} (any order), the terms it holds in any of the fields. */
    List<Set<String>> present(int[] docs, Collection<String> terms, List<String> fields) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<Set<String>> present = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            present.add(new HashSet<>());
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            int[] order = inLeaf(leaf, docs);
            if (order.length > 0) {
                lookUp(leaf, docs, order, terms, fields, present);
            }
        }
        return present;
    }

    /** The positions in {@code docs} of the leaf's documents, ordered by document (postings only go forward). */
    private static int[] inLeaf(LeafReaderContext leaf, int[] docs) {
        int end = leaf.docBase + leaf.reader().maxDoc();
        int[] order = new int[docs.length];
        int n = 0;
        for (int i = 0; i < docs.length; i++) {
            if (docs[i] >= leaf.docBase && docs[i] < end) {
                order[n++] = i;
            }
        }
        // Insertion sort by document: a few dozen hits at most, and no boxing.
        for (int i = 1; i < n; i++) {
            int at = order[i];
            int j = i - 1;
            for (; j >= 0 && docs[order[j]] > docs[at]; j--) {
                order[j + 1] = order[j];
            }
            order[j + 1] = at;
        }
        return Arrays.copyOf(order, n);
    }

    private void lookUp(LeafReaderContext leaf, int[] docs, int[] order, Collection<String> terms,
            List<String> fields, List<Set<String>> present) throws IOException {
        ReusedPostings reused = searcher instanceof PreparedSearcher prepared ? prepared.postings() : null;
        PostingsEnum postings = reused == null ? null : reused.spare();
        for (String field : fields) {
            TermsEnum te = dictionary(leaf, field, reused);
            if (te == null) {
                continue;
            }
            for (String term : terms) {
                if (!vocabulary.contains(term)) {
                    continue;
                }
                TermState state = statesOf(new Term(field, term)).get(leaf);
                if (state == null) {
                    continue;
                }
                te.seekExact(new BytesRef(term), state);
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int i : order) {
                    int local = docs[i] - leaf.docBase;
                    int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == local) {
                        present.get(i).add(term);
                    }
                }
            }
        }
        if (reused != null) {
            reused.keepSpare(postings);
        }
    }

    /** The field's term dictionary: the thread's kept one when the searcher keeps them. */
    private static TermsEnum dictionary(LeafReaderContext leaf, String field, ReusedPostings reused) throws IOException {
        if (reused != null) {
            return reused.between(leaf, field);
        }
        Terms indexed = leaf.reader().terms(field);
        return indexed == null ? null : indexed.iterator();
    }

    /** Built eagerly (with statistics), so only read afterwards and safe to share between threads. */
    private TermStates statesOf(Term term) throws IOException {
        return IndexCache.get(states, term, t -> TermStates.build(searcher, t, true));
    }
}
