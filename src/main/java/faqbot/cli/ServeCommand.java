package faqbot.cli;

import faqbot.app.Faqbot;
import faqbot.corpus.CorpusException;
import faqbot.config.ClinicSettingsFile;
import faqbot.dialog.ConversationSecret;
import faqbot.dialog.DialogSettings;
import faqbot.http.AllowedOrigins;
import faqbot.http.AdminServices;
import faqbot.http.FaqbotApp;
import faqbot.http.WebSettings;
import faqbot.nlu.PartOfSpeech;
import faqbot.publish.FailureText;
import faqbot.nlu.SentenceSplitter;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the chat server. Builds the index first if it is missing or older than the corpus.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Mixin
    OperationsOptions operations;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--allowed-origins", paramLabel = "ORIGINS", converter = AllowedOriginsConverter.class,
            defaultValue = "${env:" + AllowedOrigins.ENVIRONMENT_VARIABLE + "}",
            description = "Websites that may embed the chat widget, comma-separated, e.g. "
                    + "https://clinic-a.example,https://clinic-b.example (default: environment variable "
                    + AllowedOrigins.ENVIRONMENT_VARIABLE + "). faqbot's own address is always allowed.")
    AllowedOrigins allowedOrigins;

    @Option(names = "--built-index", description = "Serve the index directory's live generation as it is, never building "
            + "(a replica serving a generation copied to it); fails if there is none.")
    boolean builtIndex;

    @Option(names = "--config", paramLabel = "FILE", description = "The clinic's settings: name, contact, emergency "
            + "number, crisis line, disclaimer (default: faqbot.yaml in the working directory, if there is one; "
            + "FAQBOT_CONTACT_PHONE and the like override it). See docs/configuration.md.")
    Path config;

    @Override
    public Integer call() throws Exception {
        DialogSettings settings;
        try {
            settings = DialogSettings.of(ClinicSettingsFile.load(config, System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println("faqbot cannot start: the configuration has errors:\n" + e.getMessage());
            return 2;
        }
        // The language models load on the second core while this one sets up logging and opens the index.
        CompletableFuture.runAsync(ServeCommand::loadLanguageModels);
        Faqbot faqbot;
        try {
            faqbot = builtIndex
                    ? Faqbot.openBuilt(locations.corpus, locations.index, settings, System.getenv(ConversationSecret.ENV))
                    : Faqbot.open(locations.corpus, locations.index, settings);
        } catch (Exception e) { // issue 7: no server at all rather than a half-working one
            if (e instanceof CorpusException content) {
                content.errors().forEach(System.err::println);
                System.err.println("faqbot cannot start: the corpus has errors (above) and there is no index built before them to serve");
            } else {
                System.err.println("faqbot cannot start: " + FailureText.of(e));
            }
            return 2;
        }
        AllowedOrigins origins = allowedOrigins == null ? AllowedOrigins.ownOriginOnly() : allowedOrigins;
        String token = System.getenv(AdminServices.TOKEN_ENV);
        Javalin app = FaqbotApp.create(faqbot.chat(), faqbot.index(), new WebSettings(locations.corpus, origins),
                new AdminServices(token, faqbot.publisher(), faqbot.gaps()), operations.settings());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop(); // on SIGTERM: not ready, stop accepting, let requests in flight finish (--drain-timeout)
            faqbot.close();
        }));
        app.start(host, port);
        System.out.println("faqbot is listening on http://localhost:" + app.port() + "/");
        System.out.println(token == null || token.isBlank() ? "The admin API is off (set " + AdminServices.TOKEN_ENV + " to turn it on)."
                : "The admin API is on at /api/admin (bearer token from " + AdminServices.TOKEN_ENV + ").");
        if (faqbot.gaps().settings().enabled()) {
            System.out.println("Unanswered questions are recorded, scrubbed, for " + faqbot.gaps().settings().retentionDays() + " days.");
        }
        Thread.currentThread().join();
        return 0;
    }

    private static void loadLanguageModels() {
        PartOfSpeech.english();
        SentenceSplitter.english();
    }
}
