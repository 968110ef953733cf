package faqbot.web;

import faqbot.testing.Servers;
import faqbot.app.Faqbot;
import faqbot.config.ClinicSettings;
import faqbot.dialog.ChatService;
import faqbot.dialog.ConversationTokens;
import faqbot.dialog.DialogSettings;
import faqbot.nlu.SentenceSplitter;
import faqbot.http.AdminServices;
import faqbot.http.AllowedOrigins;
import faqbot.http.FaqbotApp;
import faqbot.http.HttpSettings;
import faqbot.http.WebSettings;
import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
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

    /** With a clinic's own settings (faqbot.yaml), on the shared index. */
    static RunningFaqbot start(AllowedOrigins origins, ClinicSettings clinic) {
        Faqbot bundled = TestIndex.bundled();
        ConversationTokens tokens = new ConversationTokens("a test secret that is long enough".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        ChatService chat = new ChatService(bundled.index(), SentenceSplitter.english(), DialogSettings.of(clinic), tokens);
        return new RunningFaqbot(FaqbotApp.create(chat, bundled.index(), new WebSettings(Path.of("corpus"), origins)).start(0));
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
        Servers.stop(app);
    }
}
