package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import faqbot.corpus.Passage;
import faqbot.index.EnglishTextAnalyzer;
import faqbot.index.IndexFields;
import faqbot.index.IndexStore;
import faqbot.index.Manifest;
import faqbot.index.PassageJson;
import faqbot.index.SpellingAnalyzer;
import faqbot.index.StopWords;
import faqbot.nlu.EntityRecognizer;
import faqbot.nlu.PartOfSpeech;
import faqbot.nlu.SpellingCorrector;
import faqbot.index.Synonyms;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/** One opened index generation: searches passages for a visitor's words. Thread-safe; close when swapped out. */
public final class PassageIndex implements Closeable {

    /** Visitors' words beyond this many say little more and only make the query slower. */
    static final int MAX_QUERY_WORDS = 32;
    /** How many BM25 hits are re-ordered by how much of the question they cover. */
    static final int RERANK_DEPTH = 10;
    /** How many recently read passages are kept parsed: a few MiB at most, whatever the corpus size. */
    static final int CACHED_PASSAGES = 2048;
    /** How many passages {@link #leading()} keeps. */
    static final int LEADING = 200;
    /**
     * The fields a passage's own headings, FAQ question and focus names are indexed in; coverage there says
     * "squarely about" (an entry about BFNS covers "bfns" even if only its focus field says so).
     */
    private static final List<String> HEADING_FIELDS = List.of(IndexFields.HEADING, IndexFields.QUESTION, IndexFields.FOCUS);
    private static final List<String> TEXT_FIELDS = List.of(IndexFields.BODY);
    /** The one stored field a passage is read from. */
    private static final Set<String> PASSAGE_FIELD = Set.of(IndexFields.PASSAGE_JSON);

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final PreparedSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final Analyzer passageAnalyzer = new EnglishTextAnalyzer();
    private final Analyzer words = new SpellingAnalyzer();
    private final QueryFactory queries;
    private final SpellingCorrector speller;
    private final QuestionWeights weights;
    private final StructuredQuery structure;
    private final PassageTerms passageTerms;
    private final PassageCache cache = new PassageCache(CACHED_PASSAGES);
    /** Context words (see {@link #search(String, String, int)}) as understood, by their text. */
    private final Cache<String, Understood> contexts = Caffeine.newBuilder().maximumSize(MAX_CONTEXTS_KEPT).executor(Runnable::run).build();
    private static final int MAX_CONTEXTS_KEPT = 4096;
    /** Passages near a passage, by its id: a search by its heading trail, the same every time, so kept. */
    private final Cache<String, List<Passage>> neighbours = Caffeine.newBuilder().maximumSize(MAX_NEIGHBOURS_KEPT).executor(Runnable::run).build();
    private static final int MAX_NEIGHBOURS_KEPT = 4096;
    /** Read on first use; a benign race reads it twice at worst. */
    private volatile List<Passage> leading;

    private final Manifest manifest;
    private final EntityRecognizer entities;
    private final Path generationDir;

    private PassageIndex(Manifest manifest, FSDirectory directory, SynonymMap synonyms, Set<String> synonymWords,
            EntityRecognizer entities, Path generationDir, Optional<QuestionTypeModel> types) throws IOException {
        this.generationDir = generationDir;
        this.manifest = manifest;
        this.entities = entities;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new PreparedSearcher(reader);
        this.queryAnalyzer = new EnglishTextAnalyzer(synonyms);
        ContentVocabulary vocabulary = ContentVocabulary.of(reader);
        this.queries = new QueryFactory(queryAnalyzer, searcher, vocabulary);
        // "inject" is no typo just because the content only says "injected", nor is a disease's other name that only
        // an FAQ entry's focus names ("spondylarthritis"); stop words are never misspelled.
        this.speller = new SpellingCorrector(SpellingCorrector.SEARCH, word -> synonymWords.contains(word)
                || EnglishTextAnalyzer.stopWords().contains(word) || stemIsKnown(word, vocabulary), PartOfSpeech.english());
        this.weights = new QuestionWeights(reader, vocabulary);
        this.structure = new StructuredQuery(types, searcher);
        this.passageTerms = new PassageTerms(searcher, vocabulary);
    }

    /** Opens a generation directory written by {@link IndexStore}. */
    public static PassageIndex open(Path generationDir) throws IOException {
        Path synonymsFile = generationDir.resolve(IndexStore.SYNONYMS_FILE);
        try {
            SynonymMap synonyms = Synonyms.load(synonymsFile);
            Set<String> synonymWords = SynonymWords.read(synonymsFile);
            return new PassageIndex(Manifest.read(generationDir), FSDirectory.open(generationDir.resolve(IndexStore.LUCENE_DIR)),
                    synonyms, synonymWords, EntityRecognizer.load(generationDir.resolve(IndexStore.ENTITIES_FILE), PartOfSpeech.english()), generationDir,
                    QuestionTypeModel.read(generationDir));
        } catch (ParseException e) {
            throw new IOException(synonymsFile + ": cannot parse synonyms: " + e.getMessage(), e);
        }
    }

    /** The generation's directory, for the other models built into it. */
    public Path generationDir() {
        return generationDir;
    }

    /** What this generation was built from. */
    public Manifest manifest() {
        return manifest;
    }

    /** The procedures and topics of this generation's content, for following a conversation. */
    public EntityRecognizer entities() {
        return entities;
    }

    public int size() {
        return reader.numDocs();
    }

    /** Whether the content uses this word (any case): tells a medical term from, say, a person's name. */
    public boolean knows(String word) {
        try {
            return reader.docFreq(new Term(IndexFields.SPELLING, word.toLowerCase(java.util.Locale.ROOT))) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The best passages for the text, best first; empty when nothing matches. Never throws on any text. */
    public SearchResult search(String text, int k) {
        return search(text, "", k);
    }

    /**
     * The best passages for what the visitor asked together with what the conversation adds to it, best first.
     *
     * @param context words searched with the text (a topic carried over, the last heading), corpus words that are
     *     understood once and kept; hits say separately how much of the text alone they cover
     */
    public SearchResult search(String text, String context, int k) {
        QuestionTerms question = QuestionTerms.NONE;
        try {
            Understood asked = understand(text);
            Understood understood = context.isBlank() ? asked : asked.with(understoodContext(context));
            question = understood.terms();
            Query topical = question.isEmpty() || understood.words() == null ? null : queries.acrossFields(understood.words());
            if (topical == null) {
                return new SearchResult(question, List.of());
            }
            Query query = structure.build(topical, understood.corrected(), asked.asked());
            TopDocs top = searcher.top(query, Math.max(RERANK_DEPTH, k));
            return new SearchResult(question, rerank(top, question, asked.terms(), k));
        } catch (IOException | RuntimeException e) {
            // A visitor's text must never break the chat: treat an unsearchable question as unanswered.
            return new SearchResult(question, List.of());
        }
    }

    private List<SearchHit> rerank(TopDocs top, QuestionTerms question, QuestionTerms asked, int k) throws IOException {
        Set<String> terms = question.terms();
        int[] docs = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        List<Set<String>> inHeadings = passageTerms.present(docs, terms, HEADING_FIELDS);
        List<Set<String>> inBodies = passageTerms.present(docs, terms, TEXT_FIELDS);
        List<Candidate> candidates = new ArrayList<>();
        Map<Integer, Double> askedCoverage = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            Set<String> inPassage = new HashSet<>(inHeadings.get(i));
            inPassage.addAll(inBodies.get(i));
            double coverage = question.coverage(inPassage);
            candidates.add(new Candidate(docs[i], top.scoreDocs[i].score, coverage, question.coverage(inHeadings.get(i))));
            askedCoverage.put(docs[i], asked == question ? coverage : asked.coverage(inPassage));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Candidate c : Reranker.rerank(candidates).subList(0, Math.min(k, candidates.size()))) {
            hits.add(new SearchHit(load(c.doc()), c.score(), c.coverage(), c.headingCoverage(), askedCoverage.get(c.doc())));
        }
        return hits;
    }

    /**
     * A text as searched: its noise stripped, its spelling corrected, its words weighed, and its words as a query
     * over the body field (null when no word can match), which {@link QueryFactory} copies to the other fields.
     */
    private record Understood(String asked, String corrected, QuestionTerms terms, Query words) {
        /** This text followed by more words, each understood on its own. */
        Understood with(Understood more) {
            return new Understood(asked, corrected + " " + more.corrected(), terms.and(more.terms()),
                    QueryFactory.both(words, more.words()));
        }
    }

    /** The text is analyzed once: the same tokens give the word groups and the query. */
    private Understood understand(String text) throws IOException {
        String asked = QuestionNoise.strip(text);
        List<String> typed = corrected(asked);
        String corrected = String.join(" ", typed);
        TokenGraph tokens = analyzed(corrected);
        List<Analysis.WordGroup> groups = Analysis.groupsByWord(tokens, corrected);
        Query words = queries.words(tokens);
        return new Understood(asked, corrected,
                new QuestionTerms(groups, weights.weigh(groups, PartOfSpeech.english().tag(typed)), passageAnalyzer), words);
    }

    /** The tokens the query analyzer makes of words (with their synonyms). */
    private TokenGraph analyzed(String words) throws IOException {
        try (TokenStream analyzed = queryAnalyzer.tokenStream(IndexFields.BODY, words)) {
            return TokenGraph.read(analyzed);
        }
    }

    /** Context words come from the corpus (topic words, headings), so there are few of them: each is understood once. */
    private Understood understoodContext(String context) throws IOException {
        return IndexCache.get(contexts, context, this::understand);
    }

    /** The query a text becomes (null when no word of it can match); open to tests that prove no text breaks it. */
    Query queryFor(String text) throws IOException {
        return queries.build(String.join(" ", corrected(text)));
    }

    /**
     * The body-field query of a text's words as searched, built by {@link GraphQueryBuilder} and by Lucene's own
     * query builder: open to the test that proves the two agree.
     */
    Query[] wordQueries(String text) throws IOException {
        TokenGraph tokens = analyzed(String.join(" ", corrected(QuestionNoise.strip(text))));
        return new Query[] {queries.words(tokens), queries.wordsByLucene(tokens)};
    }

    public Optional<Passage> byId(String id) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(load(top.scoreDocs[0].doc));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The passages found by a passage's own heading trail, best first: what is near it, for suggestions. */
    public List<Passage> neighbours(Passage passage) {
        return neighbours.get(passage.id(), id -> search(passage.section(), 12).hits().stream().map(SearchHit::passage).toList());
    }

    /**
     * The first {@link #LEADING} passages in index order, read once per generation: what the bot can offer when it
     * has nothing better, at no cost per request however large the corpus.
     */
    public List<Passage> leading() {
        List<Passage> read = leading;
        if (read == null) {
            read = List.copyOf(passages(LEADING));
            leading = read;
        }
        return read;
    }

    /** Every passage, in index order; for listings on small corpora (capabilities, suggestions). */
    public List<Passage> passages(int limit) {
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

    /** The visitor's words, lower-cased, at most {@link #MAX_QUERY_WORDS}, with misspellings corrected. */
    private List<String> corrected(String text) throws IOException {
        List<String> typed = Analysis.terms(words, IndexFields.BODY, text).stream().filter(w -> !StopWords.FILLER.contains(w)).toList();
        return speller.correct(typed.subList(0, Math.min(typed.size(), MAX_QUERY_WORDS)), reader, IndexFields.SPELLING);
    }

    private boolean stemIsKnown(String word, ContentVocabulary vocabulary) {
        return Analysis.terms(passageAnalyzer, IndexFields.BODY, word).stream().anyMatch(vocabulary::contains);
    }


    private Passage load(int doc) throws IOException {
        Passage cached = cache.get(doc);
        if (cached != null) {
            return cached;
        }
        Passage read = PassageJson.read(searcher.storedFields().document(doc, PASSAGE_FIELD).get(IndexFields.PASSAGE_JSON));
        cache.put(doc, read);
        return read;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        queryAnalyzer.close();
        passageAnalyzer.close();
        words.close();
    }
}
