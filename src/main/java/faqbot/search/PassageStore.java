package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import faqbot.corpus.Passage;
import faqbot.index.IndexFields;
import faqbot.index.PassageJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Passage storage: each passage is kept whole, as JSON in one stored field, and read back by document or by id. */
final class PassageStore {

    /** How many passages {@link #leading()} keeps. */
    static final int LEADING = 200;
    private static final Set<String> PASSAGE_FIELD = Set.of(IndexFields.PASSAGE_JSON);

    /**
     * Passages read, by document: reading one decompresses its stored block and parses its JSON, a tenth of a chat
     * turn (ten passages judged per turn); 1,024 kept cost about 3 MiB of heap on MedQuAD. They are the content's own
     * text, never a visitor's.
     */
    private static final int MAX_PASSAGES_KEPT = 1024;

    private final IndexSearcher searcher;
    private final Cache<Integer, Passage> read = Caffeine.newBuilder().maximumSize(MAX_PASSAGES_KEPT).executor(Runnable::run).build();
    /** Read on first use; a benign race reads it twice at worst. */
    private volatile List<Passage> leading;

    PassageStore(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    Passage load(int doc) throws IOException {
        Passage known = read.getIfPresent(doc);
        if (known == null) {
            known = stored(doc);
            read.put(doc, known);
        }
        return known;
    }

    private Passage stored(int doc) throws IOException {
        return PassageJson.read(searcher.storedFields().document(doc, PASSAGE_FIELD).get(IndexFields.PASSAGE_JSON));
    }

    Optional<Passage> byId(String id) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(load(top.scoreDocs[0].doc));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The first {@link #LEADING} passages in index order, read once per generation: what the bot can offer when it
     * has nothing better, at no cost per request however large the corpus.
     */
    List<Passage> leading() {
        List<Passage> read = leading;
        if (read == null) {
            read = List.copyOf(passages(LEADING));
            leading = read;
        }
        return read;
    }

    /** Every passage, in index order, up to the limit. */
    List<Passage> passages(int limit) {
        IndexReader reader = searcher.getIndexReader();
        List<Passage> out = new ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc() && out.size() < limit; doc++) {
            try {
                out.add(load(doc));
            } catch (IOException e) {
                return out;
            }
        }
        return out;
    }
}
