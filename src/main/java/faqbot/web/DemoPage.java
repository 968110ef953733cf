package faqbot.web;

import faqbot.corpus.CorpusException;
import faqbot.corpus.Document;
import faqbot.corpus.HeadingAnchors;
import faqbot.corpus.MarkdownArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The demo clinic page: the corpus articles rendered as a clinic's website would show them, with the
 * headings carrying the anchors that citation links point to, and the chat widget embedded.
 */
public final class DemoPage {

    /** The page's Content-Security-Policy: as strict as a careful clinic's, and the widget works under it. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Path corpusDir;
    private final MarkdownArticleReader reader = new MarkdownArticleReader();

    public DemoPage(Path corpusDir) {
        this.corpusDir = corpusDir.toAbsolutePath().normalize();
    }

    /**
     * @param ownOrigin the faqbot host as the visitor reached it, e.g. {@code http://localhost:8080}; shown in the
     *     embedding snippet
     */
    public String html(String ownOrigin) throws CorpusException {
        List<String> articles = new ArrayList<>();
        String title = "Demo clinic";
        String canonical = "";
        for (Path file : articleFiles()) {
            Document document = reader.read(file);
            if (articles.isEmpty()) {
                title = document.title();
                canonical = document.url();
            }
            articles.add(render(file, document.title()));
        }
        String body = articles.isEmpty() ? "<p>The corpus has no articles yet.</p>\n" : String.join("\n", articles);
        return TEMPLATE.formatted(Html.escape(title), body, Html.escape(snippet(ownOrigin)), Html.escape(canonical));
    }

    private List<Path> articleFiles() {
        Path articles = corpusDir.resolve("articles");
        if (!Files.isDirectory(articles)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(articles)) {
            return files.filter(Files::isRegularFile).filter(f -> reader.accepts(corpusDir, f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(Path file, String title) {
        Node root;
        try {
            root = MarkdownArticleReader.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Heading, String> anchors = HeadingAnchors.of(root, title);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading heading && anchors.containsKey(heading)) {
                        attributes.put("id", anchors.get(heading));
                    }
                })
                .build();
        return "<article>\n" + renderer.render(root) + "</article>\n";
    }

    static String snippet(String origin) {
        return "<script src=\"" + origin + "/widget.js\" data-endpoint=\"" + origin + "\" data-title=\"Ask our clinic\" "
                + "data-accent=\"#0b5fa5\" data-greeting=\"Hello! How can I help?\" defer></script>";
    }

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$s · Riverside Spine Clinic (demo)</title>
            <link rel="stylesheet" href="/demo.css">
            <link rel="icon" href="data:,">
            <link rel="canonical" href="%4$s">
            </head>
            <body>
            <header class="site">
            <a class="brand" href="/">Riverside Spine Clinic</a>
            <span class="demo">faqbot demo page</span>
            </header>
            <main>
            %2$s</main>
            <footer class="site">
            <p>This is faqbot's demo page: the articles of its corpus with the chat widget embedded, the way a
            clinic's website would show them. Ask the chat in the corner a question about this page.</p>
            <p>To put the widget on your own website, add this one tag:</p>
            <pre><code>%3$s</code></pre>
            <p>Your website's origin (for example https://www.your-clinic.example) must be allowed first: start faqbot
            with <code>--allowed-origins https://www.your-clinic.example</code> (or set FAQBOT_ALLOWED_ORIGINS). On a
            site that is not allowed, the widget tells visitors the chat is not available there. Its options (position,
            words, starter questions) are in docs/widget.md; the clinic's phone and emergency number in faqbot.yaml
            (docs/configuration.md).</p>
            </footer>
            <script src="/widget.js" data-title="Ask Riverside Spine Clinic" data-accent="#0b5fa5"
                    data-greeting="Hello! I can answer questions from this clinic's patient information." defer></script>
            </body>
            </html>
            """;
}
