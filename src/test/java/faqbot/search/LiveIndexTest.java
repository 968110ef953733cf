package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import faqbot.app.Faqbot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The served generation, shared by requests and swapped under them. */
class LiveIndexTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // it used to spin for ever
    void aClosedLiveIndexRefusesWorkInsteadOfWaitingForever() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("faq"));
        Files.writeString(corpus.resolve("faq/sheet.csv"),
                "question,answer,url\nWhat is a cast?,A cast holds a broken bone in place.,https://h.example/cast\n");
        LiveIndex live = new LiveIndex(PassageIndex.open(Faqbot.indexer(corpus, dir.resolve("index")).rebuild()));
        assertThat(live.use(PassageIndex::size)).isEqualTo(1);

        live.close();

        assertThatThrownBy(() -> live.use(PassageIndex::size)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
