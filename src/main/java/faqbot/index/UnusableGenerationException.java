package faqbot.index;

import java.io.IOException;
import java.nio.file.Path;

/** A generation that must not be served or made live, and the one thing wrong with it. */
public final class UnusableGenerationException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path generation;

    public UnusableGenerationException(Path generation, String problem) {
        super("index generation " + generation.getFileName() + " cannot be served: " + problem);
        this.generation = generation;
    }

    public UnusableGenerationException(Path generation, String problem, Throwable cause) {
        this(generation, problem);
        initCause(cause);
    }

    public Path generation() {
        return generation;
    }
}
