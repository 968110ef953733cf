package faqbot.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * The index as Lucene reads it, but for one thing: during a search ({@link ReusedPostings#begin()}), each term
 * dictionary a weight asks for is one the thread kept from its last search, with its postings readers. Lucene's own
 * weights (term, synonym, phrase) search it unchanged; what they read is the same, only not made anew.
 */
final class ReusingReader extends FilterDirectoryReader {

    private final ReusedPostings pool;

    private ReusingReader(DirectoryReader in, ReusedPostings pool) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new Leaf(reader, pool);
            }
        });
        this.pool = pool;
    }

    static ReusingReader wrap(DirectoryReader in, ReusedPostings pool) throws IOException {
        return new ReusingReader(in, pool);
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new ReusingReader(in, pool);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    /** A segment whose fields hand out the thread's kept dictionaries during a search. */
    private static final class Leaf extends FilterLeafReader {
        private final ReusedPostings pool;
        private final Map<String, Terms> fields = new ConcurrentHashMap<>();

        Leaf(LeafReader in, ReusedPostings pool) {
            super(in);
            this.pool = pool;
        }

        @Override
        public Terms terms(String field) throws IOException {
            Terms terms = in.terms(field);
            if (terms == null) {
                return null;
            }
            Terms known = fields.get(field);
            if (known == null) {
                known = new KeptDictionaries(terms, in.getCoreCacheHelper().getKey(), field, pool);
                fields.put(field, known);
            }
            return known;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    /** A field's terms, whose dictionary is the thread's kept one during a search and a fresh one otherwise. */
    private static final class KeptDictionaries extends FilterLeafReader.FilterTerms {
        private final Object core;
        private final String field;
        private final ReusedPostings pool;

        KeptDictionaries(Terms in, Object core, String field, ReusedPostings pool) {
            super(in);
            this.core = core;
            this.field = field;
            this.pool = pool;
        }

        @Override
        public TermsEnum iterator() throws IOException {
            return pool.dictionary(core, field, in);
        }
    }
}
