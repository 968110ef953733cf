package faqbot.search;

import faqbot.corpus.Corpus;
import faqbot.corpus.Passage;
import faqbot.index.GenerationArtifact;
import faqbot.index.IndexStore;
import faqbot.nlu.EntityRecognizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Derives what the content is about into each generation ({@link ContentSubjects#FILE}): the subjects and, for each
 * passage, its subjects and kind of section. An FAQ entry's kind is its question type; an article section's is the
 * type the generation's question-type detector reads in its heading, or, when the corpus trains none, a detector of
 * the curated types of patient education (its ways of asking, never a disease's name). Runs after
 * {@link QuestionTypeArtifact}.
 */
public final class SubjectArtifact implements GenerationArtifact {

    @Override
    public void build(Corpus corpus, Path generationDir) throws Exception {
        Optional<QuestionTypeModel> types = headingReader(corpus, generationDir);
        var listed = EntityRecognizer.listedSubjects(corpus.directory().resolve(IndexStore.ENTITIES_FILE));
        SubjectDerivation.derive(corpus.passages(), listed, p -> kind(p, types)).write(generationDir);
    }

    /**
     * The generation's detector, else one of the curated types if the corpus has sections to read, written into the
     * generation: then a visitor's question is read in the same kinds as the sections (see {@link Ranking}).
     */
    private static Optional<QuestionTypeModel> headingReader(Corpus corpus, Path generationDir) throws java.io.IOException {
        Optional<QuestionTypeModel> trained = QuestionTypeModel.read(generationDir);
        if (trained.isPresent() || corpus.passages().stream().allMatch(p -> p.trail().isEmpty())) {
            return trained;
        }
        QuestionTypeModel curated = QuestionTypeModel.curated();
        curated.write(generationDir);
        return Optional.of(curated);
    }

    @Override
    public List<String> requiredFiles() {
        return List.of(ContentSubjects.FILE);
    }

    /** What the generation's question-type detector reads in a section's heading, its heading trail, or its opening. */
    private static Optional<String> kind(Passage p, Optional<QuestionTypeModel> types) {
        if (p.trail().isEmpty() || types.isEmpty()) {
            return Optional.empty();
        }
        // A sub-heading alone ("Post-Procedure Care for X") may not say it; with its parents it may ("Recovery … › …"),
        // and a one-word heading ("Risks") does with the sentence that opens its text.
        QuestionTypeModel model = types.get();
        return model.detect(p.heading()).or(() -> model.detect(String.join(" ", p.trail())))
                .or(() -> model.detect(p.heading() + " " + firstSentence(p.text()))).map(QuestionTypeModel.Detected::type);
    }

    private static String firstSentence(String text) {
        int stop = text.indexOf(". ");
        String first = stop < 0 ? text : text.substring(0, stop);
        return first.length() > 300 ? first.substring(0, 300) : first;
    }
}
