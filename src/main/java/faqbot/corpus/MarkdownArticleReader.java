package faqbot.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Reads `articles/*.md`: YAML front matter (title, url) and sections split at headings. */
public final class MarkdownArticleReader implements DocumentReader {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    @Override
    public boolean accepts(Path corpusDir, Path file) {
        return file.startsWith(corpusDir.resolve("articles")) && file.toString().endsWith(".md");
    }

    /**
     * Reads the article; its front matter must be valid YAML (checked strictly, with the line of any mistake). A
     * problem in the front matter does not stop the sections from being checked: every problem is reported at once.
     */
    @Override
    public Document read(Path file) throws CorpusException {
        String text = readText(file);
        Node root = PARSER.parse(text);
        List<Problem> problems = new ArrayList<>();
        Map<String, List<String>> front = null;
        try {
            FrontMatter.split(file, text);
            front = frontMatter(root);
        } catch (CorpusException badFrontMatter) { // its title and url are then unknown rather than missing
            problems.addAll(badFrontMatter.problems());
        }
        String title = front == null ? "" : required(front, "title", file, problems);
        String url = front == null ? "" : required(front, "url", file, problems);
        if (!url.isEmpty()) {
            CitationUrl.problem(file, FrontMatter.lineOf(text, "url"), url).ifPresent(problems::add);
        }
        Document document;
        try {
            document = new SectionCollector(file, documentId(file), title, url).collect(root);
        } catch (CorpusException badSections) {
            problems.addAll(badSections.problems());
            document = badSections.readable().orElse(null);
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems, document);
        }
        return document;
    }

    /** Parses the article and returns its root node, for renderers that show the article (the demo page). */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    static String documentId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Slugs.slug(dot > 0 ? name.substring(0, dot) : name);
    }

    private static String readText(Path file) throws CorpusException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CorpusException(file, 0, "cannot read the file as UTF-8 text (" + e.getMessage() + ")");
        }
    }

    private static Map<String, List<String>> frontMatter(Node root) {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        root.accept(visitor);
        return visitor.getData();
    }

    /** The key's value, or "" after adding the problem that it is missing. */
    private static String required(Map<String, List<String>> front, String key, Path file, List<Problem> problems) {
        List<String> values = front.get(key);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            problems.add(Problem.error(file, 1, "front matter has no '" + key + "' (add `" + key + ": ...` between the --- lines)"));
            return "";
        }
        return values.get(0).strip();
    }

    /** Whether a heading opens the FAQ part, whose sub-headings are questions. */
    static boolean isFaqHeading(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        return t.equals("faq") || t.equals("faqs") || t.startsWith("frequently asked");
    }

    /** Reference lists are for readers of the page, not answers for patients. */
    static boolean isReferenceHeading(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        return t.equals("references") || t.equals("sources") || t.equals("bibliography");
    }

    static int headingLevel(Node node) {
        return node instanceof Heading h ? h.getLevel() : 0;
    }

    static List<String> pathTo(List<String> path, int depth, String heading) {
        List<String> result = new ArrayList<>(path.subList(0, Math.min(depth, path.size())));
        result.add(heading);
        return result;
    }
}
