package faqbot.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Term queries that carry their term's statistics and dictionary positions, looked up once per index generation:
 * visitors' questions share most of their words, and looking each up in every field's term dictionary again was a
 * tenth of a chat turn. The states are built eagerly (with statistics), so they are only read afterwards and can
 * be shared between threads.
 */
final class TermStatesCache {

    /** Terms kept; a few hundred bytes each, so a few tens of MiB at most, whatever the corpus. */
    static final int MAX_KEPT = 100_000;

    private final IndexSearcher searcher;
    private final ConcurrentHashMap<Term, TermStates> states = new ConcurrentHashMap<>();

    TermStatesCache(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    TermQuery query(Term term) {
        TermStates known = states.get(term);
        if (known == null) {
            try {
                known = TermStates.build(searcher, term, true);
            } catch (IOException e) {
                return new TermQuery(term);
            }
            if (states.size() >= MAX_KEPT) {
                states.clear();
            }
            states.put(term, known);
        }
        return new TermQuery(term, known);
    }
}
