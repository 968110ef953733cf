package faqbot.search;

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

    private final KeptWeights weights;

    FieldRetarget(KeptWeights weights) {
        this.weights = weights;
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
