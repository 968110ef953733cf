package faqbot.testing;

import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled corpus indexed once per test JVM into a temporary directory, shared by the tests that read it. */
public final class TestIndex {

    private static Faqbot shared;

    private TestIndex() {}

    public static synchronized Faqbot bundled() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("faqbot-test-index");
                shared = Faqbot.open(Path.of("corpus"), dir, DialogSettings.defaults());
            } catch (Exception e) {
                throw new IllegalStateException("cannot index the bundled corpus", e);
            }
        }
        return shared;
    }
}
