package faqbot.search;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * An index searcher that can search a query built in rewritten form without rewriting it again. A question's
 * query is the same rewritten words copied to five fields; Lucene's rewrite walked all of it on every search to
 * find nothing to change, a tenth of a chat turn.
 *
 * <p>A small segment is scored document at a time: Lucene's bulk scorer for a disjunction sets up windows of 4,096
 * documents (a 32 KiB score array per search), a tenth of what a chat turn allocated on an article of 48 passages.
 */
final class PreparedSearcher extends IndexSearcher {

    /** Segments smaller than a bulk scorer's window are scored document at a time. */
    static final int SMALL_SEGMENT = 4096;

    /** Null where every search makes its postings readers afresh, as Lucene's term weights do. */
    private final ReusedPostings postings;

    PreparedSearcher(DirectoryReader reader) throws IOException {
        this(reader, true);
    }

    /** @param reusePostings false to read as Lucene does, afresh for every term (for the test that they agree) */
    PreparedSearcher(DirectoryReader reader, boolean reusePostings) throws IOException {
        this(reader, reusePostings ? new ReusedPostings() : null);
    }

    private PreparedSearcher(DirectoryReader reader, ReusedPostings postings) throws IOException {
        super(postings == null ? reader : ReusingReader.wrap(reader, postings));
        this.postings = postings;
    }

    /** The postings readers this searcher's term weights use again from search to search, or null. */
    ReusedPostings postings() {
        return postings;
    }

    @Override
    protected void searchLeaf(LeafReaderContext leaf, Weight weight, Collector collector) throws IOException {
        if (leaf.reader().maxDoc() >= SMALL_SEGMENT) {
            super.searchLeaf(leaf, weight, collector);
            return;
        }
        LeafCollector collecting;
        try {
            collecting = collector.getLeafCollector(leaf);
        } catch (CollectionTerminatedException nothingWanted) {
            return;
        }
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
            collecting.setScorer(scorer);
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            try {
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        collecting.collect(doc);
                    }
                }
            } catch (CollectionTerminatedException enough) {
                // the collector has what it needs from this segment
            }
        }
        collecting.finish();
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
        if (postings == null) {
            search(getIndexReader().leaves(), weight, collector);
            return collector.topDocs();
        }
        postings.begin();
        try {
            search(getIndexReader().leaves(), weight, collector);
        } finally {
            postings.end();
        }
        return collector.topDocs();
    }
}
