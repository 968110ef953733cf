package faqbot.cli;

import faqbot.app.Faqbot;
import faqbot.corpus.CorpusException;
import faqbot.index.Manifest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Build a new index generation from the corpus and make it live.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Override
    public Integer call() throws Exception {
        try {
            Path generation = Faqbot.indexer(locations.corpus, locations.index).rebuild();
            Manifest m = Manifest.read(generation);
            System.out.printf("Built %s: %d documents, %d passages in %d ms.%n", m.generation(), m.documents(), m.passages(), m.buildMillis());
            return 0;
        } catch (CorpusException e) {
            System.err.println("The corpus has a problem, no index was built: " + e.getMessage());
            return 2;
        }
    }
}
