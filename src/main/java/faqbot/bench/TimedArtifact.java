package faqbot.bench;

import faqbot.corpus.Corpus;
import faqbot.index.GenerationArtifact;
import java.nio.file.Path;
import java.util.List;

/** A generation artifact that remembers how long its build took. */
final class TimedArtifact implements GenerationArtifact {

    private final GenerationArtifact artifact;
    private long millis;

    TimedArtifact(GenerationArtifact artifact) {
        this.artifact = artifact;
    }

    @Override
    public void build(Corpus corpus, Path generationDir) throws Exception {
        long start = System.nanoTime();
        artifact.build(corpus, generationDir);
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public List<String> requiredFiles() {
        return artifact.requiredFiles();
    }

    long millis() {
        return millis;
    }

    /** The artifact's class, or for a method reference the class that declares it. */
    String name() {
        String name = artifact.getClass().getSimpleName();
        int lambda = name.indexOf("$$");
        return lambda < 0 ? name : name.substring(0, lambda) + " (method reference)";
    }
}
