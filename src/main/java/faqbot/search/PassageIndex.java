package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import faqbot.corpus.Passage;
import faqbot.index.IndexStore;
import faqbot.index.Manifest;
import faqbot.nlu.EntityRecognizer;
import faqbot.semantic.Embedder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.search.Query;

/**
 * One opened index generation, searched in stages: the visitor's text is read as a {@link Question}, a
 * {@link Retriever} finds candidates, {@link CoverageRerank} judges them, and {@link PassageStore} reads the passages.
 * Thread-safe; close when swapped out.
 */
public final class PassageIndex implements Closeable {

    /** How many candidates are retrieved at least, for the rerank to choose from. */
    static final int RERANK_DEPTH = 10;

    private final Generation generation;
    private final QuestionReader questions;
    private final Bm25Retriever lexical;
    private final DenseRetriever dense;
    private final HybridRetriever hybrid;
    private final PassageStore passages;
    private final CoverageRerank rerank;
    /**
     * Passages near a passage, by its id: a search by its heading trail, the same every time. Searching it afresh
     * was half of an answered turn on the article (950 of 1,950 µs of CPU, on a busy machine).
     */
    private final Cache<String, List<Passage>> neighbours = Caffeine.newBuilder().maximumSize(MAX_NEIGHBOURS_KEPT).build();
    private static final int MAX_NEIGHBOURS_KEPT = 4096;

    private PassageIndex(Generation generation) throws IOException {
        PassageVectors.check(generation.dir, generation.reader);
        this.generation = generation;
        this.questions = new QuestionReader(generation);
        this.lexical = new Bm25Retriever(generation);
        this.dense = new DenseRetriever(generation, Embedder.shared());
        this.hybrid = new HybridRetriever(generation, lexical, dense);
        this.passages = new PassageStore(generation.searcher);
        this.rerank = new CoverageRerank(generation.reader, passages, generation.subjects);
    }

    /** Opens a generation directory written by {@link IndexStore}. */
    public static PassageIndex open(Path generationDir) throws IOException {
        Generation generation = Generation.open(generationDir);
        try {
            return new PassageIndex(generation);
        } catch (IOException | RuntimeException e) {
            generation.close();
            throw e;
        }
    }

    /** The generation's directory, for the other models built into it. */
    public Path generationDir() {
        return generation.dir;
    }

    /** What this generation was built from. */
    public Manifest manifest() {
        return generation.manifest;
    }

    /** The subjects and topics of this generation's content, for following a conversation. */
    public EntityRecognizer entities() {
        return generation.entities;
    }

    /**
     * The kind of section a visitor's message asks for (a question type: "treatment", "recovery", …), when the
     * generation's detector reads one clearly; the same kinds as the sections' ({@link ContentSubjects#kind}).
     */
    public Optional<String> askedKind(String message) {
        return generation.types.flatMap(model -> model.detect(QuestionNoise.strip(message))).map(QuestionTypeModel.Detected::type);
    }

    /** What this generation's content is about, passage by passage. */
    public ContentSubjects subjects() {
        return generation.subjects;
    }

    public int size() {
        return generation.reader.numDocs();
    }

    /** Whether the content uses this word (any case): tells a medical term from, say, a person's name. */
    public boolean knows(String word) {
        return generation.terms.spells(word.toLowerCase(Locale.ROOT));
    }

    /** The best passages for the text, best first; empty when nothing matches. Never throws on any text. */
    public SearchResult search(String text, int k) {
        return search(text, "", k);
    }

    /**
     * The best passages for what the visitor asked together with what the conversation adds to it, best first.
     *
     * @param context words searched with the text (a topic carried over, the last heading); hits say separately how
     *     much of the text alone they cover
     */
    public SearchResult search(String text, String context, int k) {
        return search(text, context, k, Retrieval.HYBRID);
    }

    /** As {@link #search(String, int)} with one retrieval of the hybrid alone, for benchmarks that compare them. */
    public SearchResult search(String text, int k, Retrieval retrieval) {
        return search(text, "", k, retrieval);
    }

    private SearchResult search(String text, String context, int k, Retrieval retrieval) {
        QuestionTerms terms = QuestionTerms.NONE;
        try {
            Question question = questions.read(text, context);
            terms = question.terms();
            if (question.isEmpty()) {
                return new SearchResult(terms, List.of());
            }
            int depth = Math.max(RERANK_DEPTH, k);
            return new SearchResult(terms, switch (retrieval) {
                case LEXICAL -> rerank.rerank(question, lexical.retrieve(question, depth), k);
                case DENSE -> rerank.judge(question, dense.retrieve(question, k));
                case HYBRID -> rerank.rerank(question, hybrid.retrieve(question, depth), k);
            });
        } catch (IOException | RuntimeException e) {
            // A visitor's text must never break the chat: treat an unsearchable question as unanswered.
            return new SearchResult(terms, List.of());
        }
    }

    /** The query a text becomes (null when no word of it can match); open to tests that prove no text breaks it. */
    Query queryFor(String text) throws IOException {
        return lexical.query(questions.read(text, ""));
    }

    public Optional<Passage> byId(String id) {
        return passages.byId(id);
    }

    /** The passages found by a passage's own heading trail, best first: what is near it, for suggestions. */
    public List<Passage> neighbours(Passage passage) {
        return neighbours.get(passage.id(), id -> search(passage.section(), 12).hits().stream().map(SearchHit::passage).toList());
    }

    /** The first passages in index order, read once per generation: what to offer when nothing better is found. */
    public List<Passage> leading() {
        return passages.leading();
    }

    /** Every passage, in index order; for listings on small corpora (capabilities, suggestions). */
    public List<Passage> passages(int limit) {
        return passages.passages(limit);
    }

    @Override
    public void close() throws IOException {
        questions.close();
        generation.close();
    }
}
