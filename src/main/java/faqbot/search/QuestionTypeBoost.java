package faqbot.search;

import faqbot.index.IndexFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Rewards the entries of the type the visitor asked ("is it inherited" → inheritance), in proportion to how sure
 * the detector is: among the dozens of entries on one disease, the type picks the one that answers.
 */
final class QuestionTypeBoost {

    /** What a certain type match adds to a passage's score. */
    static final float WEIGHT = 8f;

    private QuestionTypeBoost() {}

    static Query clause(QuestionTypeModel.Detected type) {
        Query entriesOfType = new ConstantScoreQuery(new TermQuery(new Term(IndexFields.QUESTION_TYPE, type.type())));
        return new BoostQuery(entriesOfType, (float) (WEIGHT * type.probability()));
    }
}
