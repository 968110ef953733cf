package faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import faqbot.gaps.GapSettings;
import faqbot.http.FaqbotApp;
import faqbot.index.Version;
import faqbot.testing.TinyCorpus;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One version everywhere: pom.xml's, as --version, /api/health and each generation's manifest say it. */
class VersionTest {

    @TempDir
    Path tmp;

    @Test
    void theVersionIsThePomsProjectVersion() throws Exception {
        Matcher version = Pattern.compile("<artifactId>faqbot</artifactId>\\s*<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));

        assertThat(version.find()).isTrue();
        assertThat(Version.application()).isEqualTo(version.group(1));
    }

    @Test
    void dashDashVersionSaysIt() {
        StringWriter out = new StringWriter();

        int exit = Main.commandLine().setOut(new PrintWriter(out)).execute("--version");

        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo("faqbot " + Version.application());
    }

    @Test
    void healthAndTheManifestSayIt() throws Exception {
        try (Faqbot faqbot = Faqbot.open(TinyCorpus.write(tmp.resolve("corpus")), tmp.resolve("index"), DialogSettings.defaults(),
                GapSettings.off())) {
            Javalin server = FaqbotApp.create(faqbot.chat(), faqbot.index()).start("127.0.0.1", 0);
            try {
                String health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
                assertThat(new ObjectMapper().readTree(health).get("version").asText()).isEqualTo(Version.application());
                String manifestVersion = faqbot.index().use(idx -> idx.manifest().version());
                assertThat(manifestVersion).isEqualTo(Version.application() + "+index" + Version.INDEX_FORMAT);
            } finally {
                server.stop();
            }
        }
    }
}
