package faqbot.search;

import faqbot.index.FocusKeys;
import faqbot.index.IndexFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Rewards the entries whose focus the question names whole: "symptoms of type 2 diabetes" is about the entry on
 * "Type 2 Diabetes", not about every entry mentioning diabetes. A longer name matched says more, so it weighs more.
 */
final class FocusBoost {

    /** What naming a one-word focus adds to a passage's score; comparable to one rare word matched in a question. */
    static final float WEIGHT = 6f;
    /** Each further word of the matched name adds this share of {@link #WEIGHT}. */
    static final float PER_EXTRA_WORD = 0.25f;

    private FocusBoost() {}

    /** The clause, or nothing when the words are too few to name anything. */
    static Optional<Query> clause(String words) {
        List<List<BytesRef>> byLength = new ArrayList<>();
        for (int n = 0; n < FocusKeys.MAX_WORDS; n++) {
            byLength.add(new ArrayList<>());
        }
        for (String run : FocusKeys.runs(words)) {
            byLength.get(run.split(" ").length - 1).add(new BytesRef(run));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (int n = 0; n < byLength.size(); n++) {
            if (!byLength.get(n).isEmpty()) {
                Query keys = new ConstantScoreQuery(new TermInSetQuery(IndexFields.FOCUS_KEY, byLength.get(n)));
                query.add(new BoostQuery(keys, WEIGHT * (1 + PER_EXTRA_WORD * n)), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? Optional.of(query.build()) : Optional.empty();
    }
}
