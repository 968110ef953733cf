package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The weights of a generation's term and synonym queries, kept: a weight holds a term's statistics and its scorer
 * settings, the same on every search of one index, and questions share most of their words. Making them again was
 * a tenth of a chat turn. Lucene's weights are shared between threads already (concurrent search), so keeping them
 * is safe; the scorers made from them are per search.
 */
final class KeptWeights {

    /** Weights kept; a few hundred bytes each. */
    static final int MAX_KEPT = 100_000;

    private record Key(Kept query, ScoreMode mode, float boost) {}

    private final Cache<Key, Weight> weights = Caffeine.newBuilder().maximumSize(MAX_KEPT).executor(Runnable::run).build();

    /** The query, searched with its kept weight. */
    Query keep(Query leaf) {
        return new Kept(leaf, this);
    }

    private Weight weight(IndexSearcher searcher, Kept query, ScoreMode mode, float boost) throws IOException {
        return IndexCache.get(weights, new Key(query, mode, boost),
                key -> searcher.createWeight(key.query().leaf, key.mode(), key.boost()));
    }

    /**
     * A term or synonym query in rewritten form whose weight is kept. Its hash is worked out once: a query hashes
     * its clauses whenever it is built, and a term's hash is a pass over its bytes.
     */
    private static final class Kept extends Query {
        private final Query leaf;
        private final KeptWeights kept;
        private final int hash;

        Kept(Query leaf, KeptWeights kept) {
            this.leaf = leaf;
            this.kept = kept;
            this.hash = 31 * classHash() + leaf.hashCode();
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            return kept.weight(searcher, this, scoreMode, boost);
        }

        @Override
        public void visit(QueryVisitor visitor) {
            leaf.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return leaf.toString(field);
        }

        @Override
        public boolean equals(Object other) {
            return this == other || sameClassAs(other) && hash == ((Kept) other).hash && leaf.equals(((Kept) other).leaf);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
