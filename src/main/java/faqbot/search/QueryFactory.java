package faqbot.search;

import faqbot.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the Lucene query from a visitor's words without a query parser, so no input is ever a syntax error.
 * Each field gets a bag of SHOULD clauses (synonyms as synonym queries), weighted by how telling a match there is.
 */
final class QueryFactory {

    /** An FAQ question or a heading that shares the visitor's words says more than the same words in a long text. */
    static final Map<String, Float> FIELD_BOOSTS = orderedBoosts();

    private final TokensQueryBuilder builder;
    private final GraphQueryBuilder graphs;
    private final IndexSearcher searcher;
    private final FieldRetarget retarget;
    /** The fields with a boost that hold any term in this index: a field no passage has cannot match. */
    private final Map<String, Float> fields;

    QueryFactory(Analyzer queryAnalyzer, IndexSearcher searcher, ContentVocabulary vocabulary) {
        this(queryAnalyzer, searcher, vocabulary, true);
    }

    /** @param leaveOutAbsent whether terms a field lacks are left out of its copy (always, but in the test of it) */
    QueryFactory(Analyzer queryAnalyzer, IndexSearcher searcher, ContentVocabulary vocabulary, boolean leaveOutAbsent) {
        this.builder = new TokensQueryBuilder(queryAnalyzer);
        this.graphs = new GraphQueryBuilder(tokens -> builder.fromTokens(tokens, IndexFields.BODY), this::rewritten);
        this.searcher = searcher;
        this.fields = indexed(searcher);
        this.retarget = new FieldRetarget(new KeptWeights(), List.copyOf(fields.keySet()),
                leaveOutAbsent ? term -> docFreq(searcher, term) > 0 : null, vocabulary);
    }

    private static int docFreq(IndexSearcher searcher, Term term) {
        try {
            return searcher.getIndexReader().docFreq(term);
        } catch (IOException e) {
            return 1; // kept, as if present: an unreadable term is searched as before
        }
    }

    /** In a fixed order, so a query's clauses (and the order its scores are summed in) never vary between runs. */
    private static Map<String, Float> orderedBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(IndexFields.BODY, 1.0f);
        boosts.put(IndexFields.HEADING, 2.0f);
        boosts.put(IndexFields.QUESTION, 1.5f);
        boosts.put(IndexFields.FOCUS, 1.5f);
        boosts.put(IndexFields.DOCUMENT_TITLE, 0.3f);
        return Collections.unmodifiableMap(boosts);
    }

    private static Map<String, Float> indexed(IndexSearcher searcher) {
        Map<String, Float> present = new LinkedHashMap<>();
        FIELD_BOOSTS.forEach((field, boost) -> {
            try {
                if (searcher.getIndexReader().getDocCount(field) > 0) {
                    present.put(field, boost);
                }
            } catch (IOException e) {
                present.put(field, boost);
            }
        });
        return present;
    }

    /** The query, or null when no word of the text can match anything (all stop words, punctuation). */
    Query build(String text) {
        Query words = rewritten(builder.createBooleanQuery(IndexFields.BODY, text, BooleanClause.Occur.SHOULD));
        return words == null ? null : acrossFields(words);
    }

    /** The words of an analyzed text as a query over the body field, or null when none can match. */
    Query words(TokenGraph tokens) {
        // In rewritten form (synonyms that stem alike merged into one weighted clause) once here, not once per field.
        return graphs.build(tokens, IndexFields.BODY);
    }

    /** As {@link #words(TokenGraph)}, with Lucene's own query builder: what {@link GraphQueryBuilder} agrees with. */
    Query wordsByLucene(TokenGraph tokens) {
        return rewritten(builder.fromTokens(tokens.replay(), IndexFields.BODY));
    }

    /** Words of two texts as one bag of optional clauses, as if the texts had been analyzed together. */
    static Query both(Query first, Query second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        clauses(first).forEach(q -> both.add(q, BooleanClause.Occur.SHOULD));
        clauses(second).forEach(q -> both.add(q, BooleanClause.Occur.SHOULD));
        return both.build();
    }

    /** The optional clauses of a pure disjunction, or the query itself. */
    static List<Query> clauses(Query words) {
        if (words instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
            return bool.clauses().stream().map(BooleanClause::getQuery).toList();
        }
        return List.of(words);
    }

    /** The body-field query copied to each field with its boost, clause by clause (each clause's copies are kept). */
    Query acrossFields(Query words) {
        List<Query> clauses = clauses(words);
        boolean bag = clauses.size() > 1 || clauses.get(0) != words; // a disjunction of clauses, not one query whole
        List<List<Query>> copies = clauses.stream().map(retarget::toEach).toList();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int index = 0;
        for (float boost : fields.values()) {
            List<Query> copied = new ArrayList<>(clauses.size());
            for (List<Query> each : copies) {
                copied.add(each.get(index));
            }
            index++;
            if (copied.contains(null)) { // a kind of query the copier does not know (none that QueryBuilder makes here)
                continue;
            }
            copied.removeIf(clause -> clause == FieldRetarget.ABSENT);
            if (copied.isEmpty()) {
                continue;
            }
            if (boost == 1f) {
                // Unboosted words join the disjunction itself, as Lucene's rewrite would put them: nested, they
                // could not be skipped.
                copied.forEach(clause -> query.add(clause, BooleanClause.Occur.SHOULD));
            } else {
                query.add(new BoostQuery(bag ? disjunction(copied) : copied.get(0), boost), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static Query disjunction(List<Query> clauses) {
        BooleanQuery.Builder bag = new BooleanQuery.Builder();
        clauses.forEach(clause -> bag.add(clause, BooleanClause.Occur.SHOULD));
        return bag.build();
    }

    private Query rewritten(Query query) {
        if (query == null) {
            return null;
        }
        try {
            return searcher.rewrite(query);
        } catch (IOException e) {
            return query;
        }
    }

    /** Lucene's query builder, fed tokens already analyzed. */
    private static final class TokensQueryBuilder extends QueryBuilder {
        TokensQueryBuilder(Analyzer analyzer) {
            super(analyzer);
        }

        Query fromTokens(TokenStream tokens, String field) {
            return createFieldQuery(tokens, BooleanClause.Occur.SHOULD, field, false, 0);
        }
    }
}
