package faqbot.http;

import faqbot.index.Manifest;
import faqbot.index.Version;
import faqbot.search.LiveIndex;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** GET /api/health: alive, with the index generation being served. */
final class HealthController {

    private final LiveIndex index;

    HealthController(LiveIndex index) {
        this.index = index;
    }

    void get(Context ctx) {
        Manifest m = index.use(idx -> idx.manifest());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("indexVersion", m.generation());
        body.put("version", Version.application());
        body.put("passages", m.passages());
        body.put("builtAt", m.builtAt());
        ctx.json(body);
    }
}
