package faqbot.cli;

import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import faqbot.http.FaqbotApp;
import io.javalin.Javalin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the chat server. Builds the index first if it is missing or older than the corpus.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws Exception {
        Faqbot faqbot = Faqbot.open(locations.corpus, locations.index, DialogSettings.defaults());
        Javalin app = FaqbotApp.create(faqbot.chat(), faqbot.index());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            faqbot.close();
        }));
        app.start(host, port);
        System.out.println("faqbot is listening on http://localhost:" + app.port() + "/");
        Thread.currentThread().join();
        return 0;
    }
}
