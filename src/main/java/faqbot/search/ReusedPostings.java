package faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * Term dictionaries and postings readers kept per thread and used again on the thread's next search of the same
 * generation. Lucene's term weights make both anew for every term of every search: some 3 KiB of buffers each, half
 * of what a chat turn allocated. A search takes the readers in turn ({@link #begin()}, then one per term), so none
 * is used twice at once; they hold only the content's postings, nothing of the visitor's.
 */
final class ReusedPostings {

    private final ThreadLocal<Readers> perThread = ThreadLocal.withInitial(Readers::new);

    /** A search starts on this thread: every kept reader is free again. */
    void begin() {
        Readers readers = perThread.get();
        readers.next = 0;
        readers.searching = true;
    }

    /** The search is over; until the next begins, readers are made afresh (a search not started by {@link #begin}). */
    void end() {
        perThread.get().searching = false;
    }

    /** The term's postings in the segment, with the term at the state its dictionary entry was found at. */
    PostingsEnum postings(LeafReaderContext leaf, Term term, TermState state, int flags) throws IOException {
        Readers readers = perThread.get();
        Terms terms = leaf.reader().terms(term.field());
        if (!readers.searching) {
            TermsEnum fresh = terms.iterator();
            fresh.seekExact(term.bytes(), state);
            return fresh.postings(null, flags);
        }
        TermsEnum dictionary = readers.dictionaries.computeIfAbsent(new FieldOf(leaf.reader().getCoreCacheHelper().getKey(),
                term.field()), key -> iterator(terms));
        dictionary.seekExact(term.bytes(), state);
        PostingsEnum reuse = readers.next < readers.postings.size() ? readers.postings.get(readers.next) : null;
        PostingsEnum postings = dictionary.postings(reuse, flags);
        if (reuse == null) {
            readers.postings.add(postings);
        } else {
            readers.postings.set(readers.next, postings);
        }
        readers.next++;
        return postings;
    }

    /**
     * The thread's kept dictionary of the segment's field, for reading between searches (never during one); null when
     * the field is not indexed.
     */
    TermsEnum dictionary(LeafReaderContext leaf, String field) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            return null;
        }
        return perThread.get().dictionaries.computeIfAbsent(new FieldOf(leaf.reader().getCoreCacheHelper().getKey(), field),
                key -> iterator(terms));
    }

    /** The thread's spare postings reader to read into between searches (null the first time), and to keep. */
    PostingsEnum spare() {
        return perThread.get().spare;
    }

    void keepSpare(PostingsEnum postings) {
        perThread.get().spare = postings;
    }

    private static TermsEnum iterator(Terms terms) {
        try {
            return terms.iterator();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A field of one segment (by its core, which a reopened reader shares). */
    private record FieldOf(Object core, String field) {}

    private static final class Readers {
        private final Map<FieldOf, TermsEnum> dictionaries = new HashMap<>();
        private final List<PostingsEnum> postings = new ArrayList<>();
        private PostingsEnum spare;
        private int next;
        private boolean searching;
    }
}
