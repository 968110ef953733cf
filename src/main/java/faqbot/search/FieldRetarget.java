package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same query over another field. Every field is analyzed alike, so the text is analyzed (with its synonym
 * graph) once and the query copied per field, instead of running the analysis once per field. Term and synonym
 * queries are searched with their kept weights ({@link KeptWeights}).
 *
 * <p>A copy leaves out what cannot match in its field: a synonym the field never uses ("medicaid" in a heading), and
 * the whole copy when none of it can ({@link #ABSENT}). A patient's word expands into a dozen wordings, most of which
 * the content lacks; scoring them cost work on every search and changed no score: a term a field lacks adds nothing
 * to any passage, nor to a synonym group's statistics.
 */
final class FieldRetarget {

    /** Clauses whose copies are kept; a copy per field of a word or synonym, a few hundred bytes. */
    static final int MAX_KEPT = 50_000;

    /** A copy that can match nothing in its field: every term it needs is absent there. */
    static final Query ABSENT = new MatchNoDocsQuery("none of its terms is in the field");

    private final KeptWeights weights;
    private final List<String> fields;
    /** Whether a term is in the index, for leaving out what cannot match; null to copy everything as it is. */
    private final Predicate<Term> indexed;
    /** The content's terms: a lone word outside them is the visitor's own, copied as absent and never kept. */
    private final ContentVocabulary vocabulary;
    /**
     * A body clause's copies, one per field in order (null where it cannot be copied). Questions share most of their
     * words, and a kept copy is searched with its kept weight; copying afresh was a twentieth of a chat turn.
     */
    private final Cache<Query, List<Query>> copies = Caffeine.newBuilder().maximumSize(MAX_KEPT).executor(Runnable::run).build();

    FieldRetarget(KeptWeights weights, List<String> fields, Predicate<Term> indexed, ContentVocabulary vocabulary) {
        this.weights = weights;
        this.fields = List.copyOf(fields);
        this.indexed = indexed;
        this.vocabulary = vocabulary;
    }

    /**
     * The clause copied to each of the fields, in their order: {@link #ABSENT} where it cannot match, null where it
     * holds a kind this class does not copy.
     */
    List<Query> toEach(Query clause) {
        if (indexed != null && clause instanceof TermQuery term && !vocabulary.contains(term.getTerm().bytes())) {
            return Collections.nCopies(fields.size(), ABSENT);
        }
        return copies.get(clause, c -> {
            List<Query> each = new ArrayList<>(fields.size());
            fields.forEach(field -> each.add(to(field, c)));
            return Collections.unmodifiableList(each);
        });
    }

    /**
     * The copy, {@link #ABSENT} when it cannot match in the field, or null when the query holds a kind this class does
     * not copy (then build it for the field).
     */
    Query to(String field, Query query) {
        if (query instanceof TermQuery term) {
            Term moved = new Term(field, term.getTerm().bytes());
            return canMatch(moved) ? weights.keep(new TermQuery(moved)) : ABSENT;
        }
        if (query instanceof SynonymQuery synonyms) {
            List<Term> moved = synonyms.getTerms().stream().map(t -> new Term(field, t.bytes())).filter(this::canMatch).toList();
            if (moved.isEmpty()) {
                return ABSENT;
            }
            SynonymQuery.Builder copy = new SynonymQuery.Builder(field);
            moved.forEach(copy::addTerm);
            return weights.keep(copy.build());
        }
        if (query instanceof BoostQuery boost) {
            Query inner = to(field, boost.getQuery());
            return inner == null || inner == ABSENT ? inner : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            return booleanTo(field, bool);
        }
        if (query instanceof PhraseQuery phrase) {
            return phraseTo(field, phrase);
        }
        return null;
    }

    /**
     * Absent required clauses make the copy {@link #ABSENT}; absent optional ones are left out when nothing counts
     * how many optional clauses match (the graph of a multi-word synonym: a bag of its wordings).
     */
    private Query booleanTo(String field, BooleanQuery bool) {
        boolean counted = bool.getMinimumNumberShouldMatch() > 0;
        BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        int kept = 0;
        for (BooleanClause clause : bool.clauses()) {
            Query inner = to(field, clause.getQuery());
            if (inner == null) {
                return null;
            }
            if (inner == ABSENT && clause.isRequired()) {
                return ABSENT;
            }
            if (inner != ABSENT || counted || clause.isProhibited()) {
                copy.add(inner, clause.getOccur());
                kept++;
            }
        }
        return kept == 0 ? ABSENT : copy.build();
    }

    private Query phraseTo(String field, PhraseQuery phrase) {
        PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(phrase.getSlop());
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        Function<Term, Term> moved = t -> new Term(field, t.bytes());
        for (int i = 0; i < terms.length; i++) {
            Term term = moved.apply(terms[i]);
            if (!canMatch(term)) {
                return ABSENT;
            }
            copy.add(term, positions[i]);
        }
        return copy.build();
    }

    private boolean canMatch(Term term) {
        return indexed == null || indexed.test(term);
    }
}
