package faqbot.search;

import faqbot.index.IndexFields;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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
    static final Map<String, Float> FIELD_BOOSTS = Map.of(
            IndexFields.QUESTION, 1.5f,
            IndexFields.HEADING, 2.0f,
            IndexFields.DOCUMENT_TITLE, 0.3f,
            IndexFields.FOCUS, 1.5f,
            IndexFields.BODY, 1.0f);

    private final QueryBuilder builder;
    private final IndexSearcher searcher;
    private final FieldRetarget retarget;

    QueryFactory(Analyzer queryAnalyzer, IndexSearcher searcher) {
        this.builder = new QueryBuilder(queryAnalyzer);
        this.searcher = searcher;
        this.retarget = new FieldRetarget(new TermStatesCache(searcher));
    }

    /** The query, or null when no word of the text can match anything (all stop words, punctuation). */
    Query build(String text) {
        Query analyzed = builder.createBooleanQuery(IndexFields.BODY, text, BooleanClause.Occur.SHOULD);
        if (analyzed == null) {
            return null;
        }
        // Rewritten once here (synonyms that stem alike merged into one weighted clause), not once per field later.
        analyzed = rewritten(analyzed);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query q = retarget.to(field.getKey(), analyzed);
            if (q == null) {
                q = builder.createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            }
            query.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private Query rewritten(Query query) {
        try {
            return searcher.rewrite(query);
        } catch (IOException e) {
            return query;
        }
    }
}
