package faqbot.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Problems in content files that stop a build, each said with its file and line so a content editor can fix it. */
public final class CorpusException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final transient Document readable;

    public CorpusException(Path file, int line, String message) {
        this(List.of(Problem.error(file, line, message)));
    }

    public CorpusException(List<Problem> problems) {
        this(problems, null);
    }

    /** @param readable what could be read of the file despite its problems, or null */
    public CorpusException(List<Problem> problems, Document readable) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.readable = readable;
    }

    /**
     * The passages of the file that could be read, never served: the checks across files (ids used twice, copies)
     * look at them too, so one malformed line does not hide the file's other problems.
     */
    public Optional<Document> readable() {
        return Optional.ofNullable(readable);
    }

    /** Every problem found, errors and any warnings found alongside them. */
    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
