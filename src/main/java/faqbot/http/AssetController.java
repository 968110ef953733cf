package faqbot.http;

import faqbot.web.WebAsset;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;

/** GET of a static file such as /widget.js: cacheable for a few minutes, then revalidated by its ETag. */
final class AssetController {

    static final String CACHE_CONTROL = "public, max-age=300";

    private final WebAsset asset;

    AssetController(WebAsset asset) {
        this.asset = asset;
    }

    void get(Context ctx) {
        ctx.header(Header.ETAG, asset.etag());
        ctx.header(Header.CACHE_CONTROL, CACHE_CONTROL);
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        if (asset.isNamedBy(ctx.header(Header.IF_NONE_MATCH))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }
}
