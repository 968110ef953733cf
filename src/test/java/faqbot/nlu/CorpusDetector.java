package faqbot.nlu;

import java.nio.file.Path;

/** The real corpus model, trained once per test run (tests run from the repository root). */
final class CorpusDetector {

    static final Path CORPUS = Path.of("corpus");
    private static IntentModel model;
    private static IntentDetector detector;

    private CorpusDetector() {
    }

    static synchronized IntentModel model() {
        if (model == null) {
            model = IntentModel.train(IntentTrainingData.read(CORPUS.resolve("intents")));
        }
        return model;
    }

    static synchronized IntentDetector detector() {
        if (detector == null) {
            detector = new IntentDetector(model(), RedFlags.load(CORPUS.resolve("redflags.txt")));
        }
        return detector;
    }
}
