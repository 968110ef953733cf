package faqbot.search;

import faqbot.index.IndexFields;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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

    QueryFactory(Analyzer queryAnalyzer) {
        this.builder = new QueryBuilder(queryAnalyzer);
    }

    /** The query, or null when no word of the text can match anything (all stop words, punctuation). */
    Query build(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query q = builder.createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            if (q != null) {
                query.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : query.build();
    }
}
