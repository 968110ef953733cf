package faqbot.index;

import faqbot.corpus.Corpus;
import java.nio.file.Path;
import java.util.List;

/**
 * A stage's part of each index generation: what it builds from the corpus into the generation (the intent model, for
 * one). Every file a build writes is listed in the generation's manifest with its size and checksum, and a generation
 * missing one, or holding a changed one, is never served or made live: a stage's files are required of every
 * generation it wrote them into, with nothing else to declare.
 */
@FunctionalInterface
public interface GenerationArtifact {

    void build(Corpus corpus, Path generationDir) throws Exception;

    /**
     * Files (relative to the generation) that every generation must hold for this stage to serve it, whatever the
     * corpus: a build that did not write one fails, and a generation without one (built before the stage existed) is
     * refused. By default none: the stage's files are required only where it wrote them.
     */
    default List<String> requiredFiles() {
        return List.of();
    }
}
