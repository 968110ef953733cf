package faqbot.search;

import faqbot.index.IndexFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Rewards the entries of the type the visitor asked ("is it inherited" → inheritance), in proportion to how sure
 * the detector is: among the dozens of entries on one disease, the type picks the one that answers. The reward
 * multiplies what the words earned, so it orders the entries that match the question and never lifts one that
 * matches it barely over an article's section that matches it well (articles have no types).
 */
final class QuestionTypeBoost {

    /** A certain type match scores the words this much higher. */
    static final float WEIGHT = 0.5f;

    private QuestionTypeBoost() {}

    /** The query with the entries of the detected type scored higher. */
    static Query around(Query query, QuestionTypeModel.Detected type) {
        Query entriesOfType = new TermQuery(new Term(IndexFields.QUESTION_TYPE, type.type()));
        return FunctionScoreQuery.boostByQuery(query, entriesOfType, (float) (1 + WEIGHT * type.probability()));
    }
}
