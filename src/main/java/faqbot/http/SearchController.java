package faqbot.http;

import faqbot.search.LiveIndex;
import faqbot.search.SearchHit;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Map;

/** GET /api/search?q=...&k=10: the ranked passages, so content teams can see why an answer was chosen. */
final class SearchController {

    static final int MAX_K = 50;

    private final LiveIndex index;
    private final WorkGate gate;

    SearchController(LiveIndex index, WorkGate gate) {
        this.index = index;
        this.gate = gate;
    }

    void get(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new BadRequestResponse("The query parameter 'q' is required.");
        }
        if (q.length() > ChatRequest.MAX_MESSAGE_CHARS) {
            throw new BadRequestResponse("The query is longer than " + ChatRequest.MAX_MESSAGE_CHARS + " characters.");
        }
        int k = k(ctx.queryParam("k"));
        gate.answer(ctx, () -> index.use(idx -> idx.search(q, k).hits()),
                hits -> ctx.json(Map.of("results", hits.stream().map(SearchResultView::of).toList())));
    }

    private static int k(String raw) {
        if (raw == null || raw.isBlank()) {
            return 10;
        }
        try {
            int k = Integer.parseInt(raw.strip());
            if (k >= 1 && k <= MAX_K) {
                return k;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new BadRequestResponse("The parameter 'k' must be a whole number from 1 to " + MAX_K + ".");
    }

    record SearchResultView(String id, double score, double coverage, String title, String section, String url, String snippet) {
        static SearchResultView of(SearchHit hit) {
            var p = hit.passage();
            String text = p.text();
            String snippet = text.length() <= 200 ? text : text.substring(0, 200) + "…";
            return new SearchResultView(p.id(), Math.round(hit.score() * 1000) / 1000.0, Math.round(hit.coverage() * 1000) / 1000.0,
                    p.documentTitle(), p.section(), p.citationUrl(), snippet);
        }
    }
}
