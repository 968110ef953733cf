package faqbot.cli;

import faqbot.config.ClinicSettingsFile;
import faqbot.dialog.DialogSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The clinic's settings, read the same way by every command that answers visitors (serve, ask, chat, eval), so what a
 * content team tries in the terminal is what the website's visitors get.
 */
final class ClinicConfig {

    @Option(names = "--config", paramLabel = "FILE", description = "The clinic's settings: name, contact, emergency "
            + "number, crisis line, disclaimer (default: faqbot.yaml in the working directory, if there is one; "
            + "FAQBOT_CONTACT_PHONE and the like override it). See docs/configuration.md.")
    Path file;

    /** The settings, or empty after telling every problem on {@code err}, one a line, under "{@code who}: ...". */
    Optional<DialogSettings> read(String who, Map<String, String> environment, PrintStream err) {
        try {
            return Optional.of(DialogSettings.of(ClinicSettingsFile.load(file, environment)));
        } catch (IllegalArgumentException e) {
            err.println(who + ": the configuration has errors:\n" + e.getMessage());
            return Optional.empty();
        }
    }

    /** The exit code when the configuration has errors, as for a corpus with errors. */
    static final int ERRORS = FailureHandler.CONTENT_ERRORS;
}
