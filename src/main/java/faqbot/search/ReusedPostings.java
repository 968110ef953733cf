package faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * Term dictionaries and postings readers kept per thread and used again on the thread's next search of the same
 * generation ({@link ReusingReader}). Lucene's weights make both anew for every term of every search, some 3 KiB of
 * buffers each: half of what a chat turn allocated. During a search every dictionary asked for is a different one of
 * the thread's, so none is used twice at once; between searches they are made afresh. They hold only the content's
 * postings, nothing of the visitor's.
 */
final class ReusedPostings {

    /**
     * Below this many passages Lucene's postings reader (Lucene912) gives a term impacts that skip nothing: its own
     * {@code SlowImpactsEnum} over plain postings, which a kept postings reader can give just as well.
     */
    static final int BLOCK_SIZE = 128;

    private final ThreadLocal<Kit> perThread = ThreadLocal.withInitial(Kit::new);

    /** A search starts on this thread: every kept dictionary is free again. */
    void begin() {
        Kit thread = perThread.get();
        thread.fields.values().forEach(kept -> kept.next = 0);
        thread.searching = true;
    }

    /** The search is over; until the next one begins, dictionaries are made afresh. */
    void end() {
        perThread.get().searching = false;
    }

    /** A dictionary of the segment's field for a weight of the search on this thread, or a fresh one between searches. */
    TermsEnum dictionary(Object core, String field, Terms terms) throws IOException {
        Kit thread = perThread.get();
        if (!thread.searching) {
            return terms.iterator();
        }
        Kept kept = thread.fields.computeIfAbsent(new FieldOf(core, field), key -> new Kept());
        if (kept.next == kept.dictionaries.size()) {
            kept.dictionaries.add(new KeptDictionary(terms.iterator()));
        }
        return kept.dictionaries.get(kept.next++);
    }

    /**
     * The thread's own dictionary of the segment's field, kept for reading between searches (never during one); null
     * when the field is not indexed.
     */
    TermsEnum between(LeafReaderContext leaf, String field) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            return null;
        }
        Map<FieldOf, TermsEnum> own = perThread.get().between;
        FieldOf key = new FieldOf(leaf.reader().getCoreCacheHelper().getKey(), field);
        TermsEnum dictionary = own.get(key);
        if (dictionary == null) {
            dictionary = terms.iterator();
            own.put(key, dictionary);
        }
        return dictionary;
    }

    /** The thread's spare postings reader to read into between searches (null the first time), and to keep. */
    PostingsEnum spare() {
        return perThread.get().spare;
    }

    void keepSpare(PostingsEnum postings) {
        perThread.get().spare = postings;
    }

    /**
     * A field of one segment (by its core, which a reopened reader shares). Written out rather than a record: a
     * record's equals goes through a method handle, which the JIT did not inline here (3% of a turn).
     */
    private static final class FieldOf {
        private final Object core;
        private final String field;
        private final int hash;

        FieldOf(Object core, String field) {
            this.core = core;
            this.field = field;
            this.hash = 31 * System.identityHashCode(core) + field.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FieldOf that && core == that.core && field.equals(that.field);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A field's kept dictionaries, and the next one free in the search. */
    private static final class Kept {
        private final List<KeptDictionary> dictionaries = new ArrayList<>();
        private int next;
    }

    /** One thread's kept readers. */
    private static final class Kit {
        private final Map<FieldOf, Kept> fields = new HashMap<>();
        private final Map<FieldOf, TermsEnum> between = new HashMap<>();
        private PostingsEnum spare;
        private boolean searching;
    }

    /** A dictionary whose postings reader is used again for each term it is positioned at. */
    private static final class KeptDictionary extends FilterLeafReader.FilterTermsEnum {
        private PostingsEnum postings;

        KeptDictionary(TermsEnum in) {
            super(in);
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
            if (reuse != null) {
                return in.postings(reuse, flags);
            }
            postings = in.postings(postings, flags);
            return postings;
        }

        @Override
        public ImpactsEnum impacts(int flags) throws IOException {
            return in.docFreq() < BLOCK_SIZE ? new SlowImpactsEnum(postings(null, flags)) : in.impacts(flags);
        }
    }
}
