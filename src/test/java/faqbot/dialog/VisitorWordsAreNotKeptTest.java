package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import faqbot.app.Faqbot;
import faqbot.testing.TestIndex;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visitor's words are health information: once a turn is answered, no cache of the process holds them. The
 * messages carry a made-up word no content has (and misspellings of it), are answered on a thread that then ends,
 * and a heap dump of what is still reachable is searched for the word.
 */
class VisitorWordsAreNotKeptTest {

    @TempDir
    Path dir;

    @Test
    void noCacheKeepsAWordOnlyTheVisitorUsed() throws Exception {
        Faqbot faqbot = TestIndex.bundled();
        String reversedCore = askAboutACanary(faqbot);
        // The analyzers keep per-thread buffers; a turn on another thread lets them forget the thread that ended.
        answerOnAThreadThatEnds(faqbot, List.of("what is kyphoplasty?"));
        System.gc();
        answerOnAThreadThatEnds(faqbot, List.of("how long is recovery after vertebroplasty"));

        byte[] heap = liveHeap();
        String core = new StringBuilder(reversedCore).reverse().toString();
        // Strings (caches are keyed by them) hold such a word in Latin-1. Lucene's token streams, reused per thread,
        // keep the characters of the last text they read in char buffers until the next (README, Logs and privacy).
        assertThat(indexOf(heap, core.getBytes(StandardCharsets.ISO_8859_1))).as("strings holding " + core).isEqualTo(-1);
        assertThat(indexOf(heap, "kyphoplasti".getBytes(StandardCharsets.ISO_8859_1))).as("the dump holds the content").isNotEqualTo(-1);
    }

    /**
     * Asks about a made-up word and returns the start of it reversed (stemming may change its end, never its start):
     * the test itself must hold no copy of it when the heap is searched.
     */
    private static String askAboutACanary(Faqbot faqbot) throws Exception {
        String canary = canary(new Random());
        answerOnAThreadThatEnds(faqbot, List.of(
                "my grandson " + canary + " has terrible back pain, is kyphoplasty safe for him?",
                canary + " kyphoplasty recovery",
                "is vertebroplasty covered when you have " + canary + "s",
                "what are the risks of " + canary + "ing after the procedure",
                canary));
        return new StringBuilder(canary.substring(0, 9)).reverse().toString();
    }

    /** Lower-case letters no English word starts with, built at run time so no constant of this class holds it. */
    private static String canary(Random random) {
        StringBuilder word = new StringBuilder("zqx");
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static void answerOnAThreadThatEnds(Faqbot faqbot, List<String> messages) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        thread.submit(() -> {
            String conversation = null;
            for (String message : messages) {
                conversation = faqbot.chat().reply(message, conversation).conversation();
            }
        }).get();
        thread.shutdown();
        assertThat(thread.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private byte[] liveHeap() throws Exception {
        Path dump = dir.resolve("heap.hprof");
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
        byte[] bytes = Files.readAllBytes(dump);
        Files.delete(dump);
        return bytes;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
