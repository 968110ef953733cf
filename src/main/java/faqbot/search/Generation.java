package faqbot.search;

import faqbot.index.EnglishTextAnalyzer;
import faqbot.index.IndexStore;
import faqbot.index.Manifest;
import faqbot.index.Synonyms;
import faqbot.nlu.EntityRecognizer;
import faqbot.nlu.PartOfSpeech;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * The files of one index generation, opened: its Lucene index and the models and lists built beside it. The first
 * stage of a search; every other stage reads from it.
 */
final class Generation implements Closeable {

    final Path dir;
    final Manifest manifest;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    /** Analyzes a visitor's words as passages were analyzed, with the patients' synonyms of the content's words. */
    final Analyzer queryAnalyzer;
    /** Every word the synonym list mentions: the spelling corrector leaves them alone. */
    final Set<String> synonymWords;
    /** The one tagger every stage of this generation uses. */
    final PartOfSpeech english;
    final EntityRecognizer entities;
    /** What the content is about: subjects, and each passage's subjects and kind. */
    final ContentSubjects subjects;
    final Optional<QuestionTypeModel> types;
    /** The content's terms with their statistics, shared by every stage that looks a term up. */
    final ContentTerms terms;
    private final FSDirectory directory;

    private Generation(Path dir, FSDirectory directory, SynonymMap synonyms, Set<String> synonymWords, PartOfSpeech english)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.manifest = Manifest.read(dir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        // Lucene's query cache would keep popular queries, and with them the words of the visitors who asked them.
        this.searcher.setQueryCache(null);
        this.queryAnalyzer = new EnglishTextAnalyzer(synonyms);
        this.synonymWords = synonymWords;
        this.english = english;
        this.terms = new ContentTerms(searcher, SynonymWords.terms(dir.resolve(IndexStore.SYNONYMS_FILE)));
        this.subjects = ContentSubjects.read(dir);
        this.entities = EntityRecognizer.load(dir.resolve(IndexStore.ENTITIES_FILE), subjects.names(), english, terms::spells);
        this.types = QuestionTypeModel.read(dir);
    }

    /** Opens a generation directory written by {@link IndexStore}. */
    static Generation open(Path dir) throws IOException {
        Path synonymsFile = dir.resolve(IndexStore.SYNONYMS_FILE);
        SynonymMap synonyms;
        try {
            synonyms = Synonyms.load(synonymsFile);
        } catch (ParseException e) {
            throw new IOException(synonymsFile + ": cannot parse synonyms: " + e.getMessage(), e);
        }
        FSDirectory directory = FSDirectory.open(dir.resolve(IndexStore.LUCENE_DIR));
        try {
            return new Generation(dir, directory, synonyms, SynonymWords.read(synonymsFile), PartOfSpeech.english());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        queryAnalyzer.close();
    }
}
