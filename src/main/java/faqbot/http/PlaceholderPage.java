package faqbot.http;

/** The page at / until the demo clinic page with the widget replaces it. */
final class PlaceholderPage {

    static final String HTML = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>faqbot</title></head>
            <body><h1>faqbot</h1><p>The chat API is at <code>POST /api/chat</code>.</p></body></html>
            """;

    private PlaceholderPage() {}
}
