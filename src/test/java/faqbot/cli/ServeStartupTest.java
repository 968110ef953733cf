package faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import faqbot.testing.TinyCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeStartupTest {

    @TempDir
    Path dir;

    @Test
    void anIndexThatCanNeitherBeReadNorRebuiltStopsServeWithAClearError() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("index"), "not an index");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    Main.commandLine().execute("serve", "--index", notADirectory.toString(), "--port", "0"));
            assertThat(exit).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("faqbot cannot start:", notADirectory.toString());
    }

    @Test
    void aReplicaWhoseGenerationLacksAFileItWasBuiltWithDoesNotStartAndSaysWhichInOneLine() throws Exception {
        Path corpus = TinyCorpus.write(dir.resolve("corpus"));
        Path index = dir.resolve("index");
        assertThat(Main.commandLine().execute("reindex", "--corpus", corpus.toString(), "--index", index.toString())).isZero();
        Files.delete(index.resolve("gen-000001/lucene/_0.si"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.commandLine().execute("serve", "--built-index", "--index", index.toString(), "--port", "0")).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("faqbot cannot start: index generation gen-000001 cannot be served: "
                + "lucene/_0.si is missing (its manifest lists it)" + System.lineSeparator());
    }

    @Test
    void aPortInUseIsToldInOneLineWithExitCodeOneBeforeAnyIndexIsBuilt() throws Exception {
        Path corpus = TinyCorpus.write(dir.resolve("corpus"));
        Path index = dir.resolve("index");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.commandLine().execute("serve", "--corpus", corpus.toString(), "--index", index.toString(),
                    "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("faqbot serve: port " + taken.getLocalPort()
                    + " is in use; choose another with --port" + System.lineSeparator());
        } finally {
            System.setErr(original);
        }
        assertThat(index).doesNotExist();
    }
}
