package faqbot.search;

import faqbot.index.IndexFields;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
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
    private final IndexSearcher searcher;

    /** Whether any passage has a focus (FAQ sheets that say what an entry is about; articles do not). */
    private final boolean focused;

    StructuredQuery(Optional<QuestionTypeModel> types, IndexSearcher searcher) throws IOException {
        this.types = types;
        this.searcher = searcher;
        this.focused = searcher.getIndexReader().getDocCount(IndexFields.FOCUS_KEY) > 0;
    }

    /**
     * The query in rewritten form (see {@link PreparedSearcher}): the topical query already is, the boosts are
     * rewritten here.
     *
     * @param topical the query over the visitor's words, in rewritten form
     * @param words the visitor's words as searched (noise stripped, spelling corrected)
     * @param question the visitor's question with the noise stripped, for the type
     */
    Query build(Query topical, String words, String question) throws IOException {
        Optional<Query> focus = focused ? FocusBoost.clause(words) : Optional.empty();
        Optional<QuestionTypeModel.Detected> type = types.flatMap(model -> model.detect(question));
        if (focus.isEmpty() && type.isEmpty()) {
            return topical;
        }
        // One flat disjunction, as Lucene's rewrite would make it: nested, the words' clauses could not skip.
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        QueryFactory.clauses(topical).forEach(q -> query.add(q, BooleanClause.Occur.SHOULD));
        if (focus.isPresent()) {
            query.add(searcher.rewrite(focus.get()), BooleanClause.Occur.SHOULD);
        }
        if (type.isPresent()) {
            query.add(searcher.rewrite(QuestionTypeBoost.clause(type.get())), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }
}
