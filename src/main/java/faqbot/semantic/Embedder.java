package faqbot.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The English sentence-embedding model (all-MiniLM-L6-v2, quantized, run by ONNX Runtime in this process), loaded once
 * per process from the jar: nothing is downloaded. A text becomes an L2-normalised vector of {@link #DIMENSION} floats;
 * texts that mean the same are close (cosine, which on such vectors is the dot product) even in other words.
 *
 * <p>The model was trained on at most {@link #MAX_WORD_PIECES} word pieces, where sentence-transformers cut every text;
 * a longer passage is cut there too (at a word's end), never averaged over windows the model never saw.
 * Thread-safe. Visitors' texts pass through {@link #embed} and are kept nowhere.
 */
public final class Embedder {

    /** Floats in each vector. */
    public static final int DIMENSION = 384;
    /** Word pieces the model reads at most, its [CLS] and [SEP] included (sentence-transformers' max_seq_length). */
    static final int MAX_WORD_PIECES = 256;
    /** Which model made a generation's vectors, as its manifest records it: vectors of another are not comparable. */
    public static final String MODEL = ModelFiles.ID;

    private final EmbeddingModel model;
    /** The model's own tokenizer, untruncated: where a long text is cut. */
    private final HuggingFaceTokenizer pieces;

    Embedder(EmbeddingModel model, HuggingFaceTokenizer pieces) {
        this.model = model;
        this.pieces = pieces;
    }

    /** The one model of this process, loaded at the first call (about half a second). */
    public static Embedder shared() {
        return Shared.INSTANCE;
    }

    /**
     * Starts loading the model on a thread of its own, so a start-up can check its index meanwhile; {@link #shared}
     * then waits for it. A model that fails to load fails there, with its reason.
     */
    public static void preload() {
        Thread loading = new Thread(() -> {
            try {
                shared();
            } catch (RuntimeException | LinkageError toldByShared) {
                // the thread that needs the model is told
            }
        }, "faqbot-model-load");
        loading.setDaemon(true);
        loading.start();
    }

    private static final class Shared {
        static final Embedder INSTANCE = ModelFiles.load();
    }

    /**
     * A question's vector; empty when it has no word piece at all (blank, or only characters the model drops) or the
     * model fails on it: the search then goes on by words alone.
     */
    public Optional<float[]> embed(String text) {
        try {
            return Optional.of(vector(text)).filter(v -> v.length == DIMENSION);
        } catch (NothingToReadException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A passage's vector; a failure is the build's. */
    float[] vector(String text) throws NothingToReadException {
        String cut = cut(text);
        if (cut.isEmpty()) {
            throw new NothingToReadException();
        }
        return model.embed(cut).content().vector();
    }

    /** A text in which the model finds no word piece. */
    static final class NothingToReadException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Every text's vector, in order, on every core (at index time: tens of milliseconds a passage), telling the progress
     * as they are done. A text with no word piece gets a zero vector, which is near nothing.
     */
    public List<float[]> embedAll(List<String> texts, EmbeddingProgress progress) {
        int threads = Math.max(1, Math.min(texts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "faqbot-embedding");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<float[]>> futures = new ArrayList<>(texts.size());
            for (String text : texts) {
                futures.add(pool.submit(() -> vectorOrZero(text)));
            }
            List<float[]> vectors = new ArrayList<>(texts.size());
            for (Future<float[]> future : futures) {
                vectors.add(future.get());
                progress.embedded(vectors.size(), texts.size());
            }
            return vectors;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("embedding was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a passage could not be embedded: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private float[] vectorOrZero(String text) {
        try {
            return vector(text);
        } catch (NothingToReadException e) {
            return new float[DIMENSION];
        }
    }

    /** The text up to the end of the last whole word the model reads; "" when it has no word piece. */
    String cut(String text) {
        Encoding encoding = pieces.encode(text);
        String[] tokens = encoding.getTokens();
        if (tokens.length <= 2) {
            return "";
        }
        if (tokens.length <= MAX_WORD_PIECES) {
            return text;
        }
        // tokens: [CLS] pieces... [SEP]; keep MAX - 2 pieces, ending where a word ends
        int last = MAX_WORD_PIECES - 2;
        while (last > 1 && tokens[last + 1].startsWith("##")) {
            last--;
        }
        CharSpan span = encoding.getCharTokenSpans()[last];
        return span == null ? text : text.substring(0, Math.min(text.length(), span.getEnd()));
    }
}
