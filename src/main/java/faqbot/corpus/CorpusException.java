package faqbot.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Problems in content files that stop a build, each said with its file and line so a content editor can fix it. */
public final class CorpusException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public CorpusException(Path file, int line, String message) {
        this(List.of(Problem.error(file, line, message)));
    }

    public CorpusException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and any warnings found alongside them. */
    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
