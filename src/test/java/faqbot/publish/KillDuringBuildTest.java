package faqbot.publish;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import faqbot.gaps.GapSettings;
import faqbot.index.BuildProgress;
import faqbot.index.IndexStore;
import faqbot.testing.TinyCorpus;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: `faqbot reindex` in its own JVM, killed with SIGKILL (destroyForcibly) while it writes a new
 * generation. The last good generation must stay live, a restart must serve it, and the next build must clean up.
 */
class KillDuringBuildTest {

    private static final int ENTRIES = 30_000;

    @TempDir
    Path tmp;

    @Test
    void aReindexKilledMidBuildLeavesTheLastGoodGenerationLive() throws Exception {
        Path corpus = TinyCorpus.write(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        Builds builds = Faqbot.builds(corpus, index);
        assertThat(builds.publish(BuildProgress.NONE, Builds::closeQuietly).generation()).isEqualTo("gen-000001");
        writeLargeSheet(corpus.resolve("faq/large.jsonl"));

        Process reindex = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "faqbot.cli.Main", "reindex",
                "--corpus", corpus.toString(), "--index", index.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("reindex.log").toFile()).start();
        Path building = index.resolve("gen-000002");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(building.resolve("lucene")) && reindex.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(100);
        boolean killedMidBuild = reindex.isAlive();
        reindex.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(killedMidBuild).as("the build was still running when killed; log: " + Files.readString(tmp.resolve("reindex.log"))).isTrue();
        assertThat(Files.exists(building.resolve("manifest.json"))).isFalse();
        IndexStore store = new IndexStore(index);
        assertThat(store.current()).contains(index.resolve("gen-000001"));
        Files.delete(corpus.resolve("faq/large.jsonl"));
        try (Faqbot restarted = Faqbot.open(corpus, index, DialogSettings.defaults(), GapSettings.off())) {
            String served = restarted.index().use(idx -> idx.manifest().generation());
            assertThat(served).isEqualTo("gen-000001");
        }
        TinyCorpus.write(corpus, "articles/knee.md", TinyCorpus.ARTICLE + "\n"); // changed, so the next reindex builds
        ReindexReport next = builds.publish(BuildProgress.NONE, Builds::closeQuietly);
        assertThat(next.generation()).isEqualTo("gen-000002");
        assertThat(store.generations()).extracting(p -> p.getFileName().toString()).containsExactly("gen-000001", "gen-000002");
    }

    private static void writeLargeSheet(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        String[] words = {"knee", "hip", "shoulder", "pain", "swelling", "walking", "stairs", "driving", "bathing", "sleep",
            "exercise", "bandage", "stitches", "fever", "appetite", "medicine", "clinic", "parking", "visiting", "diet"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ENTRIES; i++) {
                String a = words[i % words.length];
                String b = words[(i / words.length) % words.length];
                out.write("{\"id\": \"q" + i + "\", \"question\": \"What about " + a + " and " + b + " on day " + i
                        + "?\", \"answer\": \"On day " + i + " the " + a + " and the " + b + " are usually fine; ask the clinic if unsure.\", "
                        + "\"url\": \"https://hospital.example/large#q" + i + "\"}\n");
            }
        }
    }
}
