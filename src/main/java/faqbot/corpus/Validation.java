package faqbot.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What reading and checking a corpus found: the corpus when there is no error, and every problem.
 *
 * @param corpus present only when there are no errors
 */
public record Validation(Path directory, Optional<Corpus> corpus, List<Problem> problems) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean ok() {
        return corpus.isPresent();
    }

    /** The corpus, or an exception with every problem. */
    public Corpus corpusOrThrow() throws CorpusException {
        if (corpus.isEmpty()) {
            throw new CorpusException(problems);
        }
        return corpus.get();
    }
}
