package faqbot.search;

import faqbot.nlu.TextNormaliser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Detects a visitor's question type ("symptoms", "treatment", "inheritance" …) with an OpenNLP document
 * categorizer trained at reindex from the corpus's own question → type pairs. Thread-safe: each call gets its own
 * categorizer over the shared model.
 */
final class QuestionTypeModel {

    /** The file in an index generation; absent when the corpus has no question types. */
    static final String FILE = "question-types.bin";
    /**
     * The detector says nothing (and ranking ignores the type) unless the best type has at least this probability and
     * {@link #MIN_LEAD} times the runner-up's: with sixteen types, 0.4 against 0.1 is a clear answer.
     */
    static final double MIN_PROBABILITY = 0.25;
    static final double MIN_LEAD = 2.0;

    private final DoccatModel model;

    private QuestionTypeModel(DoccatModel model) {
        this.model = model;
    }

    /** The detected type and its probability, or nothing when the message gives no clear type. */
    record Detected(String type, double probability) {}

    /** @param everyCuratedType whether to learn every curated type, not only those of the questions (see {@link QuestionTypeExamples}) */
    static QuestionTypeModel train(List<TypedQuestion> questions, boolean everyCuratedType) throws IOException {
        return trained(QuestionTypeExamples.of(questions, everyCuratedType));
    }

    /**
     * A detector of every curated type ({@link QuestionTypeExamples#CURATED}), for the kinds of an article's sections
     * when the corpus has no typed FAQ entries to learn from.
     */
    static QuestionTypeModel curated() throws IOException {
        return trained(QuestionTypeExamples.of(List.of(), true));
    }

    private static QuestionTypeModel trained(List<DocumentSample> samples) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 300);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator()});
        return new QuestionTypeModel(DocumentCategorizerME.train("en",
                ObjectStreamUtils.createObjectStream(samples), params, factory));
    }

    static Optional<QuestionTypeModel> read(Path generationDir) throws IOException {
        Path file = generationDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new QuestionTypeModel(new DoccatModel(in)));
        }
    }

    void write(Path generationDir) throws IOException {
        try (OutputStream out = Files.newOutputStream(generationDir.resolve(FILE))) {
            model.serialize(out);
        }
    }

    Optional<Detected> detect(String message) {
        String[] words = TextNormaliser.tokens(message);
        if (words.length == 0) {
            return Optional.empty();
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] p = categorizer.categorize(words);
        double[] ranked = p.clone();
        Arrays.sort(ranked);
        double best = ranked[ranked.length - 1];
        double second = ranked.length > 1 ? ranked[ranked.length - 2] : 0;
        boolean clear = best >= MIN_PROBABILITY && best >= MIN_LEAD * second;
        return clear ? Optional.of(new Detected(categorizer.getBestCategory(p), best)) : Optional.empty();
    }
}
