package faqbot.search;

import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The topical query (the visitor's words over the passage fields) with the boosts the FAQ structure allows: the
 * focus named whole, the question type matched. Only passages that match the words can match; the boosts reorder
 * them. A corpus without focus or types (articles) ranks exactly as by its words.
 */
final class StructuredQuery {

    private final Optional<QuestionTypeModel> types;

    StructuredQuery(Optional<QuestionTypeModel> types) {
        this.types = types;
    }

    /**
     * @param topical the query over the visitor's words
     * @param words the visitor's words as searched (noise stripped, spelling corrected)
     * @param question the visitor's question with the noise stripped, for the type
     */
    Query build(Query topical, String words, String question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(topical, BooleanClause.Occur.MUST);
        FocusBoost.clause(words).ifPresent(q -> query.add(q, BooleanClause.Occur.SHOULD));
        types.flatMap(model -> model.detect(question)).ifPresent(type -> query.add(QuestionTypeBoost.clause(type), BooleanClause.Occur.SHOULD));
        return query.build();
    }
}
