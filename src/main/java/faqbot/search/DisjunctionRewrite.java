package faqbot.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's rewrite of a bag of optional clauses that are each in rewritten form already: a lone clause stands for the
 * bag, equal clauses merge into one whose boost is the sum of theirs, and a nested bag is spread into its parent,
 * until nothing changes. The same steps in the same order, over the same kinds of hash maps, as
 * {@code BooleanQuery.rewrite}, so the clauses come out in Lucene's order (scores are summed in clause order). Lucene's
 * rewrite also walks every clause again on every pass to find nothing to change, most of what it cost.
 */
final class DisjunctionRewrite {

    private DisjunctionRewrite() {}

    /** @param bag optional clauses only, no minimum to match, each clause in rewritten form */
    static Query of(BooleanQuery bag) {
        Query query = bag;
        while (query instanceof BooleanQuery bool) {
            List<BooleanClause> clauses = bool.clauses();
            if (clauses.isEmpty()) {
                return new MatchNoDocsQuery("empty BooleanQuery");
            }
            if (clauses.size() == 1) {
                return clauses.get(0).getQuery();
            }
            Query next = merged(bool);
            if (next == bool) {
                next = flattened(bool);
            }
            if (next == bool) {
                return bool;
            }
            query = next;
        }
        return query;
    }

    /** Equal clauses as one with the sum of their boosts, in the order of Lucene's clause multiset and map. */
    private static Query merged(BooleanQuery bool) {
        Map<Query, Integer> multiset = new HashMap<>();
        for (BooleanClause clause : bool.clauses()) {
            multiset.put(clause.getQuery(), multiset.getOrDefault(clause.getQuery(), 0) + 1);
        }
        Map<Query, Double> boosts = new HashMap<>();
        for (Map.Entry<Query, Integer> each : multiset.entrySet()) {
            for (int i = 0; i < each.getValue(); i++) {
                double boost = 1;
                Query query = each.getKey();
                while (query instanceof BoostQuery boosted) {
                    boost *= boosted.getBoost();
                    query = boosted.getQuery();
                }
                boosts.put(query, boosts.getOrDefault(query, 0d) + boost);
            }
        }
        if (boosts.size() == bool.clauses().size()) {
            return bool;
        }
        BooleanQuery.Builder merged = new BooleanQuery.Builder();
        for (Map.Entry<Query, Double> each : boosts.entrySet()) {
            float boost = each.getValue().floatValue();
            merged.add(boost != 1f ? new BoostQuery(each.getKey(), boost) : each.getKey(), BooleanClause.Occur.SHOULD);
        }
        return merged.build();
    }

    /** Nested bags of optional clauses spread into this one, where they stood. */
    private static Query flattened(BooleanQuery bool) {
        BooleanQuery.Builder flat = new BooleanQuery.Builder();
        boolean spread = false;
        for (BooleanClause clause : bool.clauses()) {
            if (clause.getQuery() instanceof BooleanQuery inner && isBag(inner)) {
                inner.clauses().forEach(flat::add);
                spread = true;
            } else {
                flat.add(clause);
            }
        }
        return spread ? flat.build() : bool;
    }

    private static boolean isBag(BooleanQuery query) {
        return query.getMinimumNumberShouldMatch() <= 1
                && query.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
    }
}
