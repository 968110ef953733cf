package faqbot.index;

import faqbot.corpus.Corpus;
import java.nio.file.Path;

/** Something else built from the corpus into each index generation (the intent model, for one). */
@FunctionalInterface
public interface GenerationArtifact {

    void build(Corpus corpus, Path generationDir) throws Exception;
}
