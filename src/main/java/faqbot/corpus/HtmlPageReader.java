package faqbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads `pages/*.html`: the page's main content (`main`, `article` or `[role=main]`, else the body without navigation,
 * header, footer, scripts and forms), cut into sections at its headings. The URL comes from front matter (`url:`) or
 * `<link rel="canonical">`; the title from front matter, the first `<h1>` or `<title>`. A heading's `id` is its anchor.
 */
public final class HtmlPageReader implements DocumentReader {

    @Override
    public boolean accepts(Path corpusDir, Path file) {
        String name = file.getFileName().toString();
        return file.startsWith(corpusDir.resolve("pages")) && (name.endsWith(".html") || name.endsWith(".htm"));
    }

    @Override
    public Document read(Path file) throws CorpusException {
        String text = readText(file);
        FrontMatter front = FrontMatter.split(file, text);
        org.jsoup.nodes.Document html = Parser.htmlParser().setTrackPosition(true).parseInput(front.body(), "");
        Element main = HtmlContent.main(html);
        List<Problem> problems = new ArrayList<>();
        String title = first(front.get("title"), HtmlContent.firstText(main, "h1"), html.title());
        Element canonical = html.selectFirst("link[rel=canonical]");
        String url = first(front.get("url"), canonical == null ? "" : canonical.attr("href"));
        if (title.isEmpty()) {
            problems.add(Problem.error(file, 1, "the page has no title: add a <title>, an <h1>, or `title:` in front matter"));
        }
        if (url.isEmpty()) {
            problems.add(Problem.error(file, 1, "the page has no public address: add <link rel=\"canonical\" href=\"https://...\"> or `url:` in front matter"));
        } else {
            int line = !front.get("url").isEmpty() || canonical == null ? FrontMatter.lineOf(text, "url")
                    : HtmlContent.line(canonical, front.bodyLine() - 1);
            CitationUrl.problem(file, line, url).ifPresent(problems::add);
        }
        SectionBuilder sections = new SectionBuilder(file, MarkdownArticleReader.documentId(file), title, url);
        new HtmlContent(sections, front.bodyLine() - 1).walk(main);
        Document document;
        try {
            document = sections.document();
        } catch (CorpusException badSections) { // reported with the title's and address's problems, all at once
            problems.addAll(badSections.problems());
            document = badSections.readable().orElse(null);
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems, document);
        }
        return document;
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return "";
    }

    private static String readText(Path file) throws CorpusException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException(file, 0, "cannot read the file as UTF-8 text (" + e.getMessage() + ")");
        }
    }
}
