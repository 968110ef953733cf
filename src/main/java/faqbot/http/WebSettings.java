package faqbot.http;

import java.nio.file.Path;

/**
 * What the browser-facing side needs: the corpus the demo page shows, and the websites that may embed the widget.
 *
 * @param corpusDir the corpus whose articles the demo page at / renders
 * @param allowedOrigins the origins (besides faqbot's own) whose pages may call the API
 */
public record WebSettings(Path corpusDir, AllowedOrigins allowedOrigins) {

    public static WebSettings defaults() {
        return new WebSettings(Path.of("corpus"), AllowedOrigins.ownOriginOnly());
    }
}
