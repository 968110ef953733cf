package faqbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** faqbot's version, written down once: the Maven project version, filled into faqbot/version.properties at build. */
public final class Version {

    /** Bump when the index layout or analysis changes, so old indexes are rebuilt. */
    public static final String INDEX_FORMAT = "7";
    private static final String APPLICATION = read();

    private Version() {}

    /** The version of faqbot, e.g. 0.1.0: what --version, /api/health and the start log line say. */
    public static String application() {
        return APPLICATION;
    }

    /** The version of faqbot and of its index format, written into each generation's manifest. */
    public static String current() {
        return APPLICATION + "+index" + INDEX_FORMAT;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/faqbot/version.properties")) {
            if (in == null) {
                return "dev"; // classes compiled outside Maven (an IDE without resource filtering)
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException("faqbot/version.properties cannot be read", e);
        }
    }
}
