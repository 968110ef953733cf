package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same query over another field. Every field is analyzed alike, so the text is analyzed (with its synonym
 * graph) once and the query copied per field, instead of running the analysis once per field. Term and synonym
 * queries are searched with their kept weights ({@link KeptWeights}).
 */
final class FieldRetarget {

    /** Clauses whose copies are kept; a copy per field of a word or synonym, a few hundred bytes. */
    static final int MAX_KEPT = 50_000;

    private final KeptWeights weights;
    private final List<String> fields;
    /**
     * A body clause's copies, one per field in order (null where it cannot be copied). Questions share most of their
     * words, and a kept copy is searched with its kept weight; copying afresh was a twentieth of a chat turn.
     */
    private final Cache<Query, List<Query>> copies = Caffeine.newBuilder().maximumSize(MAX_KEPT).executor(Runnable::run).build();

    FieldRetarget(KeptWeights weights, List<String> fields) {
        this.weights = weights;
        this.fields = List.copyOf(fields);
    }

    /** The clause copied to each of the fields, in their order; null where it holds a kind this class does not copy. */
    List<Query> toEach(Query clause) {
        return copies.get(clause, c -> {
            List<Query> each = new ArrayList<>(fields.size());
            fields.forEach(field -> each.add(to(field, c)));
            return Collections.unmodifiableList(each);
        });
    }

    /** The copy, or null when the query holds a kind this class does not copy (then build it for the field). */
    Query to(String field, Query query) {
        if (query instanceof TermQuery term) {
            return weights.keep(new TermQuery(new Term(field, term.getTerm().bytes())));
        }
        if (query instanceof SynonymQuery synonyms) {
            SynonymQuery.Builder copy = new SynonymQuery.Builder(field);
            synonyms.getTerms().forEach(t -> copy.addTerm(new Term(field, t.bytes())));
            return weights.keep(copy.build());
        }
        if (query instanceof BoostQuery boost) {
            Query inner = to(field, boost.getQuery());
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            return booleanTo(field, bool);
        }
        if (query instanceof PhraseQuery phrase) {
            return phraseTo(field, phrase);
        }
        return null;
    }

    private Query booleanTo(String field, BooleanQuery bool) {
        BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
            Query inner = to(field, clause.getQuery());
            if (inner == null) {
                return null;
            }
            copy.add(inner, clause.getOccur());
        }
        return copy.build();
    }

    private static Query phraseTo(String field, PhraseQuery phrase) {
        PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(phrase.getSlop());
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        Function<Term, Term> moved = t -> new Term(field, t.bytes());
        for (int i = 0; i < terms.length; i++) {
            copy.add(moved.apply(terms[i]), positions[i]);
        }
        return copy.build();
    }
}
