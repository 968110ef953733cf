package faqbot.cli;

import static net.logstash.logback.argument.StructuredArguments.kv;

import faqbot.app.Faqbot;
import faqbot.app.LiveGenerationWatch;
import faqbot.corpus.CorpusException;
import faqbot.corpus.Validation;
import faqbot.dialog.ConversationSecret;
import faqbot.dialog.DialogSettings;
import faqbot.http.AllowedOrigins;
import faqbot.http.CorpusErrorsAtStart;
import faqbot.http.AdminServices;
import faqbot.http.FaqbotApp;
import faqbot.http.WebSettings;
import faqbot.nlu.PartOfSpeech;
import faqbot.publish.Builds;
import faqbot.publish.FailureText;
import faqbot.nlu.SentenceSplitter;
import faqbot.index.Manifest;
import faqbot.index.Version;
import faqbot.logging.ShutdownSteps;
import faqbot.search.PassageIndex;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the chat server. Builds the index first if it is missing or older than the corpus.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

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

    @Option(names = "--watch-index", defaultValue = "2", paramLabel = "SECONDS",
            description = "How often to look whether another process (reindex, rollback, a build container) made a new "
                    + "generation live in the index directory, and swap to it; 0 turns it off (default: ${DEFAULT-VALUE}).")
    int watchSeconds;

    @Mixin
    ClinicConfig config;

    @Override
    public Integer call() throws Exception {
        Optional<DialogSettings> configured = config.read("faqbot cannot start", System.getenv(), System.err);
        if (configured.isEmpty()) {
            return ClinicConfig.ERRORS;
        }
        DialogSettings settings = configured.get();
        // The language models load on the second core while this one sets up logging and opens the index.
        CompletableFuture.runAsync(ServeCommand::loadLanguageModels);
        LOG.info("faqbot is starting {} {} {} {}", kv("event", "start"), kv("version", Version.application()), kv("port", port),
                kv("builtIndex", builtIndex));
        if (!ListenAddress.isFree(host, port)) { // before a first build that may take minutes, not after it
            return portInUse();
        }
        Faqbot faqbot;
        try {
            faqbot = builtIndex
                    ? Faqbot.openBuilt(locations.corpus, locations.index, settings, System.getenv(ConversationSecret.ENV))
                    : openBuilding(settings);
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
        CorpusErrorsAtStart corpusErrors = corpusErrors(faqbot);
        Javalin app = FaqbotApp.create(faqbot.chat(), faqbot.index(), new WebSettings(locations.corpus, origins),
                new AdminServices(token, faqbot.publisher(), faqbot.gaps()), operations.settings(), corpusErrors);
        try {
            app.start(host, port);
        } catch (JavalinBindException taken) { // taken between the check above and now
            faqbot.close();
            return portInUse();
        }
        AutoCloseable watch = watchSeconds <= 0 ? () -> { }
                : LiveGenerationWatch.start(faqbot.publisher(), Duration.ofSeconds(watchSeconds), report -> { });
        ShutdownSteps.add(() -> { // before logging stops, so the shutdown event and the last access lines are written
            LOG.info("faqbot is shutting down {} {}", kv("event", "shutdown"), kv("drainSeconds", operations.drainSeconds));
            closeQuietly(watch);
            app.stop(); // on SIGTERM: not ready, stop accepting, let requests in flight finish (--drain-timeout)
            faqbot.close();
        });
        LOG.info("faqbot is ready {} {} {} {}", kv("event", "ready"), kv("version", Version.application()), kv("port", app.port()),
                kv("generation", faqbot.generation()));
        if (!corpusErrors.errors().isEmpty()) { // on the first screen, not only in the log
            System.out.println(corpusErrors.sentence() + ":");
            corpusErrors.errors().forEach(error -> System.out.println("  " + error));
        }
        System.out.println("faqbot is listening on http://localhost:" + app.port() + "/");
        System.out.println(token == null || token.isBlank() ? "The admin API is off (set " + AdminServices.TOKEN_ENV + " to turn it on)."
                : "The admin API is on at /api/admin (bearer token from " + AdminServices.TOKEN_ENV + ").");
        if (faqbot.gaps().settings().enabled()) {
            System.out.println("Unanswered questions are recorded, scrubbed, for " + faqbot.gaps().settings().retentionDays() + " days.");
        }
        Thread.currentThread().join();
        return 0;
    }

    /** Opens the index, telling on the console what a first (or stale) build does and how far it is. */
    private Faqbot openBuilding(DialogSettings settings) throws Exception {
        if (Faqbot.builds(locations.corpus, locations.index).isUpToDate()) {
            return Faqbot.open(locations.corpus, locations.index, settings);
        }
        System.out.println("Building the index: checking every file in " + locations.corpus + ", then indexing its passages into "
                + locations.index + " ...");
        long start = System.nanoTime();
        Faqbot faqbot;
        try (ProgressView progress = new ProgressView()) {
            faqbot = Faqbot.open(locations.corpus, locations.index, settings, progress);
        }
        Manifest served = faqbot.index().use(PassageIndex::manifest);
        if (Faqbot.builds(locations.corpus, locations.index).isUpToDate()) {
            System.out.printf("Built %s: %s, %s (%.1f s).%n", served.generation(), count(served.documents(), "document"),
                    count(served.passages(), "passage"), (System.nanoTime() - start) / 1e9);
        } else { // the corpus has errors (told below), or the index directory could not be written (logged)
            System.out.println("Nothing was built; " + served.generation() + ", built before, serves.");
        }
        return faqbot;
    }

    /** The corpus's errors when they kept the live generation from being rebuilt at start; never for --built-index. */
    private CorpusErrorsAtStart corpusErrors(Faqbot faqbot) throws IOException {
        Builds builds = Faqbot.builds(locations.corpus, locations.index);
        if (builtIndex || builds.isUpToDate()) {
            return CorpusErrorsAtStart.none();
        }
        Validation validation = builds.validate();
        return new CorpusErrorsAtStart(faqbot.generation(),
                validation.errors().stream().map(p -> p.describe(validation.directory())).toList());
    }

    private static void closeQuietly(AutoCloseable watch) {
        try {
            watch.close();
        } catch (Exception ignored) {
            // stopping a timer thread; nothing to recover at shutdown
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int portInUse() {
        System.err.println("faqbot serve: port " + port + " is in use; choose another with --port");
        return FailureHandler.FAILED;
    }

    private static void loadLanguageModels() {
        PartOfSpeech.english();
        SentenceSplitter.english();
    }
}
