package faqbot.bench;

import faqbot.app.Faqbot;
import faqbot.corpus.Corpus;
import faqbot.corpus.CorpusLoader;
import faqbot.index.BuildProgress;
import faqbot.index.GenerationArtifact;
import faqbot.index.IndexStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The `bench reindex` run: what `reindex` does over MedQuAD as an FAQ sheet, stage by stage — read and validate
 * the corpus, write the Lucene index, build each model of the generation, switch — with the time of each.
 */
public final class ReindexRun {

    private final Path medquad;
    private final Path work;
    private final Path botCorpus;

    public ReindexRun(Path medquad, Path work, Path botCorpus) {
        this.medquad = medquad;
        this.work = work;
        this.botCorpus = botCorpus;
    }

    public int run(PrintStream out) throws Exception {
        Path corpusDir = MedquadCorpus.create(medquad, Files.createDirectories(work), botCorpus);
        IndexStore store = new IndexStore(work.resolve("index"));
        long start = System.nanoTime();
        Corpus corpus = CorpusLoader.standard().load(corpusDir);
        long loaded = System.nanoTime();
        List<TimedArtifact> artifacts = new ArrayList<>();
        for (GenerationArtifact a : Faqbot.artifacts()) {
            artifacts.add(new TimedArtifact(a));
        }
        EmbeddingClock embedding = new EmbeddingClock();
        Path generation = store.build(corpus, List.copyOf(artifacts), embedding);
        long built = System.nanoTime();
        store.activate(generation);
        long done = System.nanoTime();
        long artifactMillis = artifacts.stream().mapToLong(TimedArtifact::millis).sum();
        out.printf("reindex of %s: %d documents, %d passages -> %s%n", corpusDir, corpus.documents().size(), corpus.passages().size(),
                generation.getFileName());
        out.printf("  %-44s %6d ms%n", "read + validate corpus", ms(start, loaded));
        out.printf("  %-44s %6d ms%n", "embed " + embedding.toEmbed + " passages (" + embedding.kept + " from the cache)", embedding.millis());
        out.printf("  %-44s %6d ms%n", "Lucene index (write, merge, copy files)", ms(loaded, built) - artifactMillis - embedding.millis());
        artifacts.forEach(a -> out.printf("  %-44s %6d ms%n", "artifact: " + a.name(), a.millis()));
        out.printf("  %-44s %6d ms%n", "activate", ms(built, done));
        out.printf("  %-44s %6d ms%n", "total (in-process, warm JVM not assumed)", ms(start, done));
        out.println(MedquadFile.ATTRIBUTION);
        return 0;
    }

    /** When the build's embedding began and ended (the cache read and written included), and how many it embedded. */
    private static final class EmbeddingClock implements BuildProgress {
        long kept;
        long toEmbed;
        private long started;
        private long ended;

        @Override
        public void embedding(long kept, long toEmbed) {
            this.kept = kept;
            this.toEmbed = toEmbed;
            started = System.nanoTime();
        }

        @Override
        public void indexed(long done, long total) {
            if (ended == 0) {
                ended = System.nanoTime();
            }
        }

        long millis() {
            return ended == 0 ? 0 : ms(started, ended);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
