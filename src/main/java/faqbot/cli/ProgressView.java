package faqbot.cli;

import faqbot.index.BuildProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on standard error while a build embeds and indexes: on a large corpus (or with many passages to embed) a
 * line saying how many passages need embedding and how many come from the cache, then a bar for the embedding (tens
 * of milliseconds a passage) and one for indexing; nothing for small ones.
 */
final class ProgressView implements BuildProgress, AutoCloseable {

    /** Corpora smaller than this index in about a second: no bar. */
    static final long LARGE = 2_000;
    /** Fewer passages than this embed in a few seconds: no bar. */
    static final long MANY_TO_EMBED = 100;

    private ProgressBar embedding;
    private ProgressBar indexing;

    @Override
    public void embedding(long kept, long toEmbed) {
        if (toEmbed >= MANY_TO_EMBED || kept + toEmbed >= LARGE) {
            System.err.printf("Embedding %d new or changed passages (%d unchanged, from the embedding cache).%n", toEmbed, kept);
        }
    }

    @Override
    public void embedded(long done, long total) {
        if (embedding == null && total >= MANY_TO_EMBED) {
            embedding = bar("Embedding passages", total);
        }
        if (embedding != null) {
            embedding.stepTo(done);
        }
    }

    @Override
    public void indexed(long done, long total) {
        if (indexing == null && total >= LARGE) {
            close(embedding);
            embedding = null;
            indexing = bar("Indexing passages", total);
        }
        if (indexing != null) {
            indexing.stepTo(done);
        }
    }

    private static ProgressBar bar(String task, long total) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err, 100)).build();
    }

    @Override
    public void close() {
        close(embedding);
        close(indexing);
    }

    private static void close(ProgressBar bar) {
        if (bar != null) {
            bar.close();
        }
    }
}
