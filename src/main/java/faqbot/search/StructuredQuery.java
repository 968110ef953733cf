package faqbot.search;

import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The topical query (the visitor's words over the passage fields) with the boosts the FAQ structure allows: the
 * focus named whole, the question type matched. A corpus without focus or types (articles) ranks exactly as by its
 * words.
 *
 * <p>Every clause is optional, the words too: with only optional clauses Lucene skips the passages that cannot reach
 * the top, which on a 16k-entry corpus made a chat turn about a quarter faster (the words as a required clause
 * could not skip). An entry can now be found by its type alone, but it covers none of the question, so re-ranking
 * and confidence set it aside; the dev evaluation is unchanged (README, Scale).
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
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(topical, BooleanClause.Occur.SHOULD);
        FocusBoost.clause(words).ifPresent(q -> query.add(q, BooleanClause.Occur.SHOULD));
        types.flatMap(model -> model.detect(question)).ifPresent(type -> query.add(QuestionTypeBoost.clause(type), BooleanClause.Occur.SHOULD));
        return query.build();
    }
}
