package faqbot.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.dialog.ChatService;
import faqbot.search.LiveIndex;
import faqbot.web.DemoPage;
import faqbot.web.WebAsset;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/** Builds the HTTP app from its dependencies, so tests can start it on a random port. */
public final class FaqbotApp {

    /** Request bodies over this are refused before they are read. */
    static final long MAX_BODY_BYTES = 16 * 1024;
    /** JSON nested deeper than any real chat request is refused while parsing. */
    static final int MAX_JSON_DEPTH = 16;

    private FaqbotApp() {}

    public static Javalin create(ChatService chat, LiveIndex index) {
        return create(chat, index, WebSettings.defaults());
    }

    public static Javalin create(ChatService chat, LiveIndex index, WebSettings web) {
        ObjectMapper json = jsonMapper();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
        });
        ApiErrors.register(app);
        OriginGuard origins = new OriginGuard(web.allowedOrigins());
        app.before("/api/*", origins::check);
        app.options("/api/chat", origins::preflight);
        ChatController chatController = new ChatController(chat, json);
        SearchController searchController = new SearchController(index);
        HealthController health = new HealthController(index);
        app.post("/api/chat", chatController::post);
        app.get("/api/search", searchController::get);
        app.get("/api/health", health::get);
        DemoPageController demoPage = new DemoPageController(new DemoPage(web.corpusDir()));
        AssetController widget = new AssetController(WebAsset.load("widget.js", "text/javascript; charset=utf-8"));
        AssetController demoStyles = new AssetController(WebAsset.load("demo.css", "text/css; charset=utf-8"));
        app.get("/", demoPage::get);
        app.get("/widget.js", widget::get);
        app.get("/demo.css", demoStyles::get);
        return app;
    }

    static ObjectMapper jsonMapper() {
        ObjectMapper json = new ObjectMapper();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build());
        return json;
    }
}
