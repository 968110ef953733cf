package faqbot.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import faqbot.dialog.ChatService;
import faqbot.search.LiveIndex;
import faqbot.web.ClinicCard;
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
        return create(chat, index, WebSettings.defaults(), AdminServices.off());
    }

    public static Javalin create(ChatService chat, LiveIndex index, WebSettings web) {
        return create(chat, index, web, AdminServices.off());
    }

    public static Javalin create(ChatService chat, LiveIndex index, AdminServices admin) {
        return create(chat, index, WebSettings.defaults(), admin);
    }

    public static Javalin create(ChatService chat, LiveIndex index, HttpSettings settings) {
        return create(chat, index, WebSettings.defaults(), AdminServices.off(), settings);
    }

    /** Without rate limits (tests, embedding); {@code serve} passes its own {@link HttpSettings}. */
    public static Javalin create(ChatService chat, LiveIndex index, WebSettings web, AdminServices admin) {
        return create(chat, index, web, admin, HttpSettings.defaults().withoutRateLimits());
    }

    /** With the admin API when it has a token; without one, /api/admin answers 404 like any unknown path. */
    public static Javalin create(ChatService chat, LiveIndex index, WebSettings web, AdminServices admin,
            HttpSettings settings) {
        return create(chat, index, web, admin, settings, CorpusErrorsAtStart.none());
    }

    /** As above, on a corpus whose errors kept the generation served from being rebuilt: /api/ready says so. */
    public static Javalin create(ChatService chat, LiveIndex index, WebSettings web, AdminServices admin,
            HttpSettings settings, CorpusErrorsAtStart corpusErrors) {
        ObjectMapper json = jsonMapper();
        Hardening hardening = new Hardening(settings, index, chat, MAX_BODY_BYTES, corpusErrors); // issue 7: limits, headers, logs, metrics, probes
        Javalin app = Javalin.create(config -> {
            hardening.configure(config);
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
        });
        ApiErrors.register(app);
        OriginGuard origins = hardening.originGuard(web.allowedOrigins());
        hardening.register(app, origins);
        app.options("/api/chat", origins::preflight);
        ChatController chatController = new ChatController(chat, json, hardening.chatMetrics(), hardening.workGate());
        SearchController searchController = new SearchController(index, hardening.workGate());
        HealthController health = new HealthController(index);
        app.post("/api/chat", chatController::post);
        app.get("/api/search", searchController::get);
        app.get("/api/health", health::get);
        app.get("/api/clinic", ctx -> ctx.json(ClinicCard.of(chat.settings().clinic()))); // the widget's contact and emergency line
        OpenApiController openApi = OpenApiController.load();
        app.get(OpenApiController.JSON_PATH, openApi::json);
        app.get(OpenApiController.YAML_PATH, openApi::yaml);
        DemoPageController demoPage = new DemoPageController(new DemoPage(web.corpusDir()));
        AssetController widget = new AssetController(WebAsset.load("widget.js", "text/javascript; charset=utf-8"));
        AssetController demoStyles = new AssetController(WebAsset.load("demo.css", "text/css; charset=utf-8"));
        app.get("/", demoPage::get);
        app.get("/widget.js", widget::get);
        app.get("/demo.css", demoStyles::get);
        if (admin.enabled()) {
            registerAdmin(app, admin);
        }
        return app;
    }

    private static void registerAdmin(Javalin app, AdminServices admin) {
        AdminAuth auth = new AdminAuth(admin.token());
        AdminController controller = new AdminController(admin.publisher(), admin.gaps());
        app.before("/api/admin/*", auth::check);
        app.post("/api/admin/reindex", controller::reindex);
        app.post("/api/admin/rollback", controller::rollback);
        app.get("/api/admin/status", controller::status);
        app.get("/api/admin/gaps", controller::gaps);
    }

    /** Reads strictly: nothing after the value, no field twice (else {"message": "a", "message": "b"} is ambiguous). */
    static ObjectMapper jsonMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }
}
