package faqbot.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/** The baseline: Lucene's BM25 over question + answer in one field, EnglishAnalyzer, no boosts, no synonyms. */
final class PlainBm25 implements Ranker, Closeable {

    private static final String TEXT = "text";
    private static final String KEY = "key";

    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    PlainBm25(List<MedquadPair> pairs) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (MedquadPair p : pairs) {
                Document doc = new Document();
                doc.add(new StoredField(KEY, PairKey.of(p.question())));
                doc.add(new TextField(TEXT, p.question() + "\n" + p.answer(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @Override
    public List<String> top10(String question) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(TEXT, question, BooleanClause.Occur.SHOULD);
        List<String> ids = new ArrayList<>();
        if (query == null) {
            return ids;
        }
        try {
            for (ScoreDoc sd : searcher.search(query, 10).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).get(KEY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
