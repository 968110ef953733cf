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

    /** The generation's detector, else one of the curated types if the corpus has sections to read. */
    private static Optional<QuestionTypeModel> headingReader(Corpus corpus, Path generationDir) throws java.io.IOException {
        Optional<QuestionTypeModel> trained = QuestionTypeModel.read(generationDir);
        if (trained.isPresent() || corpus.passages().stream().allMatch(p -> p.trail().isEmpty())) {
            return trained;
        }
        return Optional.of(QuestionTypeModel.curated());
    }

    @Override
    public List<String> requiredFiles() {
        return List.of(ContentSubjects.FILE);
    }

    /** What the generation's question-type detector reads in a section's heading, else in its heading trail. */
    private static Optional<String> kind(Passage p, Optional<QuestionTypeModel> types) {
        if (p.trail().isEmpty() || types.isEmpty()) {
            return Optional.empty();
        }
        // A sub-heading alone ("Post-Procedure Care for X") may not say it; with its parents it does ("Recovery … › …").
        return types.get().detect(p.heading()).or(() -> types.get().detect(String.join(" ", p.trail()))).map(QuestionTypeModel.Detected::type);
    }
}
