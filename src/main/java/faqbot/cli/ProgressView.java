package faqbot.cli;

import faqbot.index.BuildProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error while a large corpus is indexed; nothing for small ones. */
final class ProgressView implements BuildProgress, AutoCloseable {

    /** Corpora smaller than this index in about a second: no bar. */
    static final long LARGE = 2_000;

    private ProgressBar bar;

    @Override
    public void indexed(long done, long total) {
        if (bar == null && total >= LARGE) {
            bar = new ProgressBarBuilder().setTaskName("Indexing passages").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err, 100)).build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
