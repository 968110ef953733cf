package faqbot.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** Reads the article; its front matter must be valid YAML (checked strictly, with the line of any mistake). */
    @Override
    public Document read(Path file) throws CorpusException {
        String text = readText(file);
        FrontMatter.split(file, text);
        Node root = PARSER.parse(text);
        Map<String, List<String>> front = frontMatter(root);
        String title = required(front, "title", file);
        String url = required(front, "url", file);
        Optional<Problem> badUrl = CitationUrl.problem(file, FrontMatter.lineOf(text, "url"), url);
        if (badUrl.isPresent()) {
            throw new CorpusException(List.of(badUrl.get()));
        }
        String id = documentId(file);
        return new SectionCollector(file, id, title, url).collect(root);
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

    private static String required(Map<String, List<String>> front, String key, Path file) throws CorpusException {
        List<String> values = front.get(key);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new CorpusException(file, 1, "front matter has no '" + key + "' (add `" + key + ": ...` between the --- lines)");
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
