package faqbot.search;

import java.io.IOException;
import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Lucene's term weight, scoring with postings readers used again ({@link ReusedPostings}). It scores exactly as
 * Lucene's does: the same similarity scorer, term statistics and postings, and for a term in fewer passages than a
 * postings block the same impacts (Lucene's own {@code SlowImpactsEnum}). A term in more passages has real impacts
 * to skip by, so it is left to Lucene's weight, as is everything but scoring.
 */
final class ReusingTermWeight extends Weight {

    /** Below this many passages Lucene's postings reader gives impacts that skip nothing (its block size). */
    static final int BLOCK_SIZE = 128;

    private final Weight lucene;
    private final Term term;
    private final TermStates states;
    private final Similarity.SimScorer scorer;
    private final ScoreMode mode;
    private final ReusedPostings postings;

    private ReusingTermWeight(TermQuery query, Weight lucene, TermStates states, Similarity.SimScorer scorer,
            ScoreMode mode, ReusedPostings postings) {
        super(query);
        this.lucene = lucene;
        this.term = query.getTerm();
        this.states = states;
        this.scorer = scorer;
        this.mode = mode;
        this.postings = postings;
    }

    /** The weight for scoring the query, or Lucene's own where nothing is scored or the term is in no passage. */
    static Weight of(IndexSearcher searcher, TermQuery query, ScoreMode mode, float boost, ReusedPostings postings)
            throws IOException {
        Weight lucene = searcher.createWeight(query, mode, boost);
        if (!mode.needsScores()) {
            return lucene;
        }
        Term term = query.getTerm();
        TermStates states = TermStates.build(searcher, term, true);
        if (states.docFreq() == 0) {
            return lucene;
        }
        Similarity.SimScorer scorer = searcher.getSimilarity().scorer(boost, searcher.collectionStatistics(term.field()),
                searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
        return new ReusingTermWeight(query, lucene, states, scorer, mode, postings);
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
        TermState state = states.get(leaf);
        if (state == null) {
            return null;
        }
        if (!(state instanceof BlockTermState block) || block.docFreq >= BLOCK_SIZE) {
            return lucene.scorerSupplier(leaf);
        }
        int docFreq = block.docFreq;
        return new ScorerSupplier() {
            private boolean topLevelScoringClause;

            @Override
            public Scorer get(long leadCost) throws IOException {
                PostingsEnum docs = postings.postings(leaf, term, state, PostingsEnum.FREQS);
                LeafSimScorer simScorer = new LeafSimScorer(scorer, leaf.reader(), term.field(), true);
                if (mode == ScoreMode.TOP_SCORES) {
                    return new TermScorer(ReusingTermWeight.this, new SlowImpactsEnum(docs), simScorer, topLevelScoringClause);
                }
                return new TermScorer(ReusingTermWeight.this, docs, simScorer);
            }

            @Override
            public long cost() {
                return docFreq;
            }

            @Override
            public void setTopLevelScoringClause() {
                topLevelScoringClause = true;
            }
        };
    }

    @Override
    public Scorer scorer(LeafReaderContext leaf) throws IOException {
        ScorerSupplier supplier = scorerSupplier(leaf);
        return supplier == null ? null : supplier.get(Long.MAX_VALUE);
    }

    @Override
    public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
        return lucene.explain(leaf, doc);
    }

    @Override
    public Matches matches(LeafReaderContext leaf, int doc) throws IOException {
        return lucene.matches(leaf, doc);
    }

    @Override
    public int count(LeafReaderContext leaf) throws IOException {
        return lucene.count(leaf);
    }

    @Override
    public boolean isCacheable(LeafReaderContext leaf) {
        return lucene.isCacheable(leaf);
    }
}
