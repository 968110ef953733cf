package faqbot.index;

import faqbot.corpus.Corpus;
import faqbot.corpus.CorpusException;
import faqbot.corpus.CorpusLoader;
import java.nio.file.Path;
import java.util.List;

/** Builds index generations from a corpus directory: on demand, or only when the corpus changed. */
public final class Indexer {

    private final Path corpusDir;
    private final IndexStore store;
    private final CorpusLoader loader;
    private final List<GenerationArtifact> artifacts;

    public Indexer(Path corpusDir, IndexStore store, CorpusLoader loader, List<GenerationArtifact> artifacts) {
        this.corpusDir = corpusDir;
        this.store = store;
        this.loader = loader;
        this.artifacts = List.copyOf(artifacts);
    }

    public IndexStore store() {
        return store;
    }

    /** The live generation if it was built from this corpus (or pinned by a rollback), else a freshly built and activated one. */
    public Path ensureCurrent() throws Exception {
        if (store.isPinned() && store.current().isPresent()) {
            return store.current().get();
        }
        if (store.isCurrentFor(CorpusLoader.checksum(corpusDir.toAbsolutePath().normalize()))) {
            return store.current().orElseThrow();
        }
        return rebuild();
    }

    /** Reads the whole corpus, builds a new generation and makes it live. */
    public Path rebuild() throws Exception {
        Corpus corpus = load();
        Path generation = store.build(corpus, artifacts);
        store.activate(generation);
        return generation;
    }

    private Corpus load() throws CorpusException {
        return loader.load(corpusDir);
    }
}
