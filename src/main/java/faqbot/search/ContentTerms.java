package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import faqbot.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The terms of one index generation with Lucene's statistics for them ({@link TermStates}) in every searched field,
 * looked up once: a question's terms were looked up in each field three times a turn (to weigh them, to build the
 * query, to tell a typo), a fifth of a turn; a synonym the content lacks, two fifths of a follow-up. Only terms the
 * content holds or its synonym list adds are kept; what only a visitor typed (a grandson's name) is looked up afresh.
 */
final class ContentTerms {

    /** The fields a question's words are searched or weighed in. */
    static final List<String> FIELDS = List.of(IndexFields.BODY, IndexFields.HEADING, IndexFields.QUESTION,
            IndexFields.FOCUS, IndexFields.DOCUMENT_TITLE);
    /** More than the distinct terms of a small hospital's content. */
    private static final int MAX_TERMS_KEPT = 100_000;

    private final IndexSearcher searcher;
    /** The synonym list's terms: the content team's words, kept even where no passage holds them. */
    private final Set<String> listed;
    /** A term's statistics in each of {@link #FIELDS}, by the term. */
    private final Cache<String, Map<String, TermStates>> searched = cache();
    /** Words the content spells so (lower case); only those it has. */
    private final Cache<String, Boolean> spelled = cache();

    ContentTerms(IndexSearcher searcher, Set<String> listed) {
        this.searcher = searcher;
        this.listed = Set.copyOf(listed);
    }

    private static <V> Cache<String, V> cache() {
        return Caffeine.newBuilder().maximumSize(MAX_TERMS_KEPT).executor(Runnable::run).build();
    }

    /** A query for the term in one of the {@link #FIELDS}, reusing its statistics. */
    TermQuery query(String field, String term) {
        return new TermQuery(new Term(field, term), statistics(term).get(field));
    }

    /** How many passages hold the term in one of the {@link #FIELDS}. */
    int docFreq(String field, String term) {
        return statistics(term).get(field).docFreq();
    }

    /** Whether some passage holds the term in one of the {@link #FIELDS}. */
    boolean contains(String term) {
        return statistics(term).values().stream().anyMatch(states -> states.docFreq() > 0);
    }

    /** Whether the content uses the word as typed (lower case), in any passage field. */
    boolean spells(String word) {
        boolean known = spelled.getIfPresent(word) != null || docFreq(new Term(IndexFields.SPELLING, word)) > 0;
        if (known) {
            spelled.put(word, true);
        }
        return known;
    }

    private Map<String, TermStates> statistics(String term) {
        Map<String, TermStates> byField = searched.getIfPresent(term);
        if (byField == null) {
            byField = new HashMap<>();
            for (String field : FIELDS) {
                byField.put(field, build(new Term(field, term)));
            }
            if (listed.contains(term) || byField.values().stream().anyMatch(states -> states.docFreq() > 0)) {
                searched.put(term, Map.copyOf(byField));
            }
        }
        return byField;
    }

    private int docFreq(Term term) {
        try {
            return searcher.getIndexReader().docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the statistics of " + term, e);
        }
    }

    private TermStates build(Term term) {
        try {
            return TermStates.build(searcher, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the statistics of " + term, e);
        }
    }
}
