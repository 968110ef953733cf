package faqbot.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/** Visits some documents in index order, leaf by leaf: Lucene's per-leaf iterators (postings, vectors) only go forward. */
final class InIndexOrder {

    /** What is done with each document, and at the start of each leaf (to open its iterator). */
    interface Visitor {
        void enter(LeafReaderContext leaf) throws IOException;

        /** The document at {@code position} in the list given, by its number in the leaf last entered. */
        void visit(int position, int leafDoc) throws IOException;
    }

    private InIndexOrder() {}

    static void visit(IndexReader reader, int[] docs, Visitor visitor) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        int[] order = IntStream.range(0, docs.length).boxed().sorted(Comparator.comparingInt(i -> docs[i])).mapToInt(i -> i).toArray();
        int entered = -1;
        for (int i : order) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != entered) {
                entered = leaf;
                visitor.enter(leaves.get(leaf));
            }
            visitor.visit(i, docs[i] - leaves.get(leaf).docBase);
        }
    }
}
