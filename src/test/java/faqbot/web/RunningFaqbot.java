package faqbot.web;

import faqbot.app.Faqbot;
import faqbot.http.AdminServices;
import faqbot.http.AllowedOrigins;
import faqbot.http.FaqbotApp;
import faqbot.http.HttpSettings;
import faqbot.http.WebSettings;
import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The real faqbot app on the bundled corpus, on a random port of every interface. */
final class RunningFaqbot implements AutoCloseable {

    private final Javalin app;

    private RunningFaqbot(Javalin app) {
        this.app = app;
    }

    static RunningFaqbot start(AllowedOrigins origins) {
        Faqbot faqbot = TestIndex.bundled();
        WebSettings web = new WebSettings(Path.of("corpus"), origins);
        return new RunningFaqbot(FaqbotApp.create(faqbot.chat(), faqbot.index(), web).start(0));
    }

    /** With the server's own limits, and routes a test adds before it starts. */
    static RunningFaqbot start(AllowedOrigins origins, HttpSettings settings, Consumer<Javalin> extraRoutes) {
        Faqbot faqbot = TestIndex.bundled();
        WebSettings web = new WebSettings(Path.of("corpus"), origins);
        Javalin app = FaqbotApp.create(faqbot.chat(), faqbot.index(), web, AdminServices.off(), settings);
        extraRoutes.accept(app);
        return new RunningFaqbot(app.start(0));
    }

    /** faqbot's address through one host name: browsers treat localhost and 127.0.0.1 as different origins. */
    String url(String host) {
        return "http://" + host + ":" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
