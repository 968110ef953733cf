package faqbot.corpus;

import java.nio.file.Path;

/** A problem in a content file, said with the file and line so a content editor can fix it. */
public final class CorpusException extends Exception {

    private static final long serialVersionUID = 1L;

    public CorpusException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
