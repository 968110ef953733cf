package faqbot.web;

import faqbot.app.Faqbot;
import faqbot.http.AllowedOrigins;
import faqbot.http.FaqbotApp;
import faqbot.http.WebSettings;
import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.nio.file.Path;

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

    /** faqbot's address through one host name: browsers treat localhost and 127.0.0.1 as different origins. */
    String url(String host) {
        return "http://" + host + ":" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
