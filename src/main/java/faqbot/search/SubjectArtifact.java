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
 * type the generation's question-type detector reads in its heading. Runs after {@link QuestionTypeArtifact}.
 */
public final class SubjectArtifact implements GenerationArtifact {

    @Override
    public void build(Corpus corpus, Path generationDir) throws Exception {
        Optional<QuestionTypeModel> types = QuestionTypeModel.read(generationDir);
        var listed = EntityRecognizer.listedSubjects(corpus.directory().resolve(IndexStore.ENTITIES_FILE));
        SubjectDerivation.derive(corpus.passages(), listed, p -> kind(p, types)).write(generationDir);
    }

    @Override
    public List<String> requiredFiles() {
        return List.of(ContentSubjects.FILE);
    }

    /** What the generation's question-type detector reads in a section's heading. */
    private static Optional<String> kind(Passage p, Optional<QuestionTypeModel> types) {
        return p.trail().isEmpty() ? Optional.empty() : types.flatMap(model -> model.detect(p.heading())).map(QuestionTypeModel.Detected::type);
    }
}
