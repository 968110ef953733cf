package faqbot.index;

import faqbot.corpus.Passage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;

/** The index stage: passages in, a Lucene index on disk out. */
final class PassageIndexWriter {

    private PassageIndexWriter() {}

    /** The spelling vocabulary: only which documents hold a word (the spell checker reads document frequencies). */
    private static final FieldType VOCABULARY = vocabulary();

    private static FieldType vocabulary() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** Progress is told every this many passages. */
    private static final int PROGRESS_STEP = 500;

    /**
     * From this many passages the index is written in two halves at once, one per core, each with its own HNSW graph,
     * and the halves are joined as two segments: building the graph is most of a large reindex (MedQuAD: 14 of 21 s),
     * and a graph's cost grows faster than its size. The split depends only on the passages, never on the machine, so
     * every build of one corpus has the same documents in the same order (ties between hits fall the same way).
     */
    static final int SPLIT_AT = 4_096;

    /** Writes each passage with its vector (in the same order). */
    static void write(List<Passage> passages, List<float[]> vectors, Path luceneDir, BuildProgress progress) throws IOException {
        long[] done = {0};
        // the halves tell their passages from two threads: counted and shown one at a time, so the count only grows
        Progress told = () -> {
            synchronized (done) {
                if (++done[0] % PROGRESS_STEP == 0) {
                    progress.indexed(done[0], passages.size());
                }
            }
        };
        if (passages.size() < SPLIT_AT) {
            writePart(passages, vectors, luceneDir, told);
        } else {
            writeHalves(passages, vectors, luceneDir, told);
        }
        progress.indexed(passages.size(), passages.size());
    }

    /** Called once per passage written. */
    private interface Progress {
        void passageWritten();
    }

    private static void writeHalves(List<Passage> passages, List<float[]> vectors, Path luceneDir, Progress told) throws IOException {
        int half = passages.size() / 2;
        Path parts = Files.createTempDirectory(luceneDir.getParent(), "lucene-parts-");
        ExecutorService pool = Workers.named(2, "faqbot-index-half");
        try {
            Path first = parts.resolve("0");
            Path second = parts.resolve("1");
            Future<?> a = pool.submit(() -> writePart(passages.subList(0, half), vectors.subList(0, half), first, told));
            Future<?> b = pool.submit(() -> writePart(passages.subList(half, passages.size()), vectors.subList(half, vectors.size()), second, told));
            awaitBoth(a, b);
            try (FSDirectory dir = FSDirectory.open(luceneDir);
                    Analyzer analyzer = analyzer();
                    IndexWriter writer = new IndexWriter(dir, config(analyzer));
                    FSDirectory one = FSDirectory.open(first);
                    FSDirectory two = FSDirectory.open(second)) {
                writer.addIndexes(one, two);
                writer.commit();
            }
        } finally {
            Workers.stop(pool); // a half still writing must stop before its directory is deleted
            IndexStore.deleteTree(parts);
        }
    }

    /** Waits for both halves, even when the first failed: their files are deleted afterwards. */
    private static void awaitBoth(Future<?> a, Future<?> b) throws IOException {
        IOException failed = null;
        for (Future<?> half : List.of(a, b)) {
            try {
                await(half);
            } catch (IOException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private static Void writePart(List<Passage> passages, List<float[]> vectors, Path dirPath, Progress told) throws IOException {
        try (FSDirectory dir = FSDirectory.open(dirPath);
                Analyzer analyzer = analyzer();
                IndexWriter writer = new IndexWriter(dir, config(analyzer))) {
            for (int i = 0; i < passages.size(); i++) {
                writer.addDocument(toDocument(passages.get(i), vectors.get(i)));
                told.passageWritten();
            }
            writer.forceMerge(1);
            writer.commit();
        }
        return null;
    }

    private static void await(Future<?> half) throws IOException {
        try {
            half.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("writing half of the index failed: " + e.getCause(), e.getCause());
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        config.setCodec(new PassageCodec());
        return config;
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishTextAnalyzer(), Map.of(IndexFields.SPELLING, new SpellingAnalyzer()));
    }

    private static Document toDocument(Passage passage, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, passage.id(), Field.Store.YES));
        doc.add(new TextField(IndexFields.QUESTION, String.join("\n", passage.question()), Field.Store.NO));
        doc.add(new TextField(IndexFields.HEADING, String.join("\n", passage.trail()), Field.Store.NO));
        doc.add(new TextField(IndexFields.DOCUMENT_TITLE, passage.documentTitle(), Field.Store.NO));
        doc.add(new TextField(IndexFields.BODY, passage.text(), Field.Store.NO));
        String words = String.join("\n", passage.question()) + "\n" + String.join("\n", passage.trail()) + "\n" + passage.text();
        doc.add(new Field(IndexFields.SPELLING, words, VOCABULARY));
        EntryStructure.addFields(doc, passage);
        doc.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StoredField(IndexFields.PASSAGE_JSON, PassageJson.write(passage)));
        return doc;
    }
}
