package faqbot.search;

import faqbot.corpus.Corpus;
import faqbot.corpus.Passage;
import faqbot.index.EntryStructure;
import faqbot.index.GenerationArtifact;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trains the question-type detector into each index generation, when the corpus's FAQ entries have types. A corpus
 * with article sections too learns every curated type besides its entries' own, so its sections' kinds ("Cost
 * Considerations", "Ideal Candidates") are read as they would be with no FAQ sheet beside them.
 */
public final class QuestionTypeArtifact implements GenerationArtifact {

    @Override
    public void build(Corpus corpus, Path generationDir) throws Exception {
        List<TypedQuestion> questions = typedQuestions(corpus.passages());
        if (questions.stream().map(TypedQuestion::type).distinct().count() >= 2) {
            boolean sections = corpus.passages().stream().anyMatch(p -> !p.trail().isEmpty());
            QuestionTypeModel.train(questions, sections).write(generationDir);
        }
    }

    static List<TypedQuestion> typedQuestions(List<Passage> passages) {
        List<TypedQuestion> out = new ArrayList<>();
        for (Passage p : passages) {
            Optional<String> type = EntryStructure.questionType(p);
            if (type.isPresent()) {
                p.question().forEach(q -> out.add(new TypedQuestion(q, EntryStructure.focusNames(p), type.get())));
            }
        }
        return out;
    }
}
