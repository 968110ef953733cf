package faqbot.corpus;

import java.nio.file.Path;

/** The first pipeline stage: one kind of content file in, one document with its passages out. */
public interface DocumentReader {

    /** Whether this reader understands the file (by its place and name). */
    boolean accepts(Path corpusDir, Path file);

    Document read(Path file) throws CorpusException;
}
