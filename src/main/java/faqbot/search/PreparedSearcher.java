package faqbot.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * An index searcher that can search a query built in rewritten form without rewriting it again. A question's
 * query is the same rewritten words copied to five fields; Lucene's rewrite walked all of it on every search to
 * find nothing to change, a tenth of a chat turn.
 */
final class PreparedSearcher extends IndexSearcher {

    PreparedSearcher(IndexReader reader) {
        super(reader);
    }

    /**
     * The best {@code n} documents, and no exact count of the matches (so Lucene may skip documents that cannot
     * reach the top).
     *
     * @param prepared a query every part of which is already in rewritten form (see {@link QueryFactory})
     */
    TopDocs top(Query prepared, int n) throws IOException {
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(n, null, n).newCollector();
        Weight weight = createWeight(prepared, collector.scoreMode(), 1);
        search(getIndexReader().leaves(), weight, collector);
        return collector.topDocs();
    }
}
