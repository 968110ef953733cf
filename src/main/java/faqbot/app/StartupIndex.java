package faqbot.app;

import static net.logstash.logback.argument.StructuredArguments.kv;

import faqbot.index.BuildProgress;
import faqbot.index.IndexStore;
import faqbot.index.Manifest;
import faqbot.publish.Builds;
import faqbot.publish.ReindexReport;
import faqbot.search.PassageIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index a server starts with: the current generation if every file is there and passes its checksum, else one
 * rebuilt from the corpus; if even that cannot be read, a clear error. Never a half-readable index behind a server.
 */
final class StartupIndex {

    private static final Logger LOG = LoggerFactory.getLogger(StartupIndex.class);

    private StartupIndex() {}

    static PassageIndex open(Builds builds) throws Exception {
        boolean synonyms = Files.exists(builds.corpusDir().resolve(IndexStore.SYNONYMS_FILE));
        try {
            return verified(builds.ensureCurrent(), synonyms);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The index generation cannot be used; rebuilding it from the corpus. {}", kv("problem", describe(e)));
        }
        ReindexReport report = builds.publish(BuildProgress.NONE, Builds::closeQuietly);
        Path rebuilt = builds.store().current().orElse(null);
        if (!report.ok() || rebuilt == null) {
            throw new IOException("The index is unusable and could not be rebuilt: " + report.message());
        }
        try {
            return verified(rebuilt, synonyms);
        } catch (IOException | RuntimeException e) {
            throw new IOException("The index rebuilt in " + rebuilt + " cannot be read either (" + describe(e)
                    + "). Check the disk and the index directory's permissions.", e);
        }
    }

    /** A generation copied from elsewhere (a replica's): checked the same way, but never rebuilt here. */
    static PassageIndex openAsIs(Path generation) throws IOException {
        return verified(generation, false);
    }

    /**
     * Opens the generation after checking that its files are all there (the synonyms too, when the corpus has them),
     * every Lucene file's checksum, and the passage count against the manifest.
     */
    static PassageIndex verified(Path generation, boolean withSynonyms) throws IOException {
        Manifest manifest = Manifest.read(generation);
        if (withSynonyms && !Files.exists(generation.resolve(IndexStore.SYNONYMS_FILE))) {
            throw new NoSuchFileException(generation.resolve(IndexStore.SYNONYMS_FILE).toString());
        }
        checksumEveryFile(generation.resolve(IndexStore.LUCENE_DIR));
        PassageIndex index = PassageIndex.open(generation);
        if (index.size() != manifest.passages()) {
            int size = index.size();
            index.close();
            throw new CorruptIndexException("holds " + size + " passages, its manifest says " + manifest.passages(), generation.toString());
        }
        return index;
    }

    private static void checksumEveryFile(Path luceneDir) throws IOException {
        try (Directory dir = FSDirectory.open(luceneDir)) {
            for (String file : dir.listAll()) {
                if (file.equals("write.lock")) {
                    continue;
                }
                try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                }
            }
        }
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
