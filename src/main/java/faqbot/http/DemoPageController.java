package faqbot.http;

import faqbot.corpus.CorpusException;
import faqbot.web.DemoPage;
import io.javalin.http.Context;
import io.javalin.http.Header;

/** GET /: the demo clinic page, under a strict Content-Security-Policy. */
final class DemoPageController {

    private final DemoPage page;

    DemoPageController(DemoPage page) {
        this.page = page;
    }

    void get(Context ctx) throws CorpusException {
        String host = ctx.host() == null ? "localhost" : ctx.host();
        String html = page.html(ctx.scheme() + "://" + host);
        ctx.header(Header.CONTENT_SECURITY_POLICY, DemoPage.CONTENT_SECURITY_POLICY);
        ctx.header(Header.CACHE_CONTROL, "no-cache");
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        ctx.header(Header.REFERRER_POLICY, "strict-origin-when-cross-origin");
        ctx.html(html);
    }
}
