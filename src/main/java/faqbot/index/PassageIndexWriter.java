package faqbot.index;

import faqbot.corpus.Passage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /** Writes each passage with its vector (in the same order). */
    static void write(List<Passage> passages, List<float[]> vectors, Path luceneDir, BuildProgress progress) throws IOException {
        try (FSDirectory dir = FSDirectory.open(luceneDir);
                Analyzer analyzer = analyzer();
                IndexWriter writer = new IndexWriter(dir, config(analyzer))) {
            long done = 0;
            for (Passage passage : passages) {
                writer.addDocument(toDocument(passage, vectors.get((int) done)));
                if (++done % PROGRESS_STEP == 0) {
                    progress.indexed(done, passages.size());
                }
            }
            progress.indexed(done, passages.size());
            writer.forceMerge(1);
            writer.commit();
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
