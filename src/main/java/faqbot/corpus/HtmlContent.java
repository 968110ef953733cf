package faqbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/** Walks an HTML page's main content in reading order, feeding headings and text blocks to a section builder. */
final class HtmlContent {

    /** Page furniture, never content. */
    private static final Set<String> DROPPED = Set.of("nav", "header", "footer", "aside", "script", "style", "noscript",
            "template", "form", "button", "iframe", "svg", "canvas", "select", "input", "textarea", "menu", "dialog");
    /** Elements that end a run of inline text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li", "dl",
            "dt", "dd", "table", "blockquote", "pre", "figure", "figcaption", "address", "details", "summary", "hr", "br",
            "h1", "h2", "h3", "h4", "h5", "h6", "body", "center", "fieldset");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SectionBuilder sections;
    private final int lineOffset;
    private final StringBuilder run = new StringBuilder();

    HtmlContent(SectionBuilder sections, int lineOffset) {
        this.sections = sections;
        this.lineOffset = lineOffset;
    }

    /** The page's main content: main, article or [role=main] when the page marks it, else the body. */
    static Element main(org.jsoup.nodes.Document html) {
        for (String selector : List.of("main", "[role=main]", "article")) {
            Element found = html.selectFirst(selector);
            if (found != null) {
                return found;
            }
        }
        return html.body();
    }

    static String firstText(Element root, String selector) {
        Element found = root.selectFirst(selector);
        return found == null ? "" : found.text();
    }

    void walk(Element root) {
        children(root);
        endRun();
    }

    private void children(Element parent) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                run.append(text.text());
            } else if (child instanceof Element element && !isDropped(element)) {
                element(element);
            }
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        if (!BLOCKS.contains(tag)) {
            children(e);
            return;
        }
        endRun();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            sections.heading(tag.charAt(1) - '0', e.text(), line(e), anchor(e));
        } else if (tag.equals("ul") || tag.equals("ol")) {
            e.children().stream().filter(li -> li.normalName().equals("li")).forEach(li -> sections.text("- " + li.text()));
        } else if (tag.equals("table")) {
            sections.text(tableSentences(e));
        } else if (tag.equals("p") || tag.equals("pre") || tag.equals("dt") || tag.equals("dd") || tag.equals("figcaption")) {
            sections.text(e.text());
        } else {
            children(e);
            endRun();
        }
    }

    /** The heading's own id, or that of an anchor inside it (`<h2><a id="cost"></a>Cost</h2>`, or `name=`). */
    static String anchor(Element heading) {
        if (!heading.id().isBlank()) {
            return heading.id();
        }
        Element inner = heading.selectFirst("[id], a[name]");
        return inner == null ? "" : inner.id().isBlank() ? inner.attr("name") : inner.id();
    }

    private void endRun() {
        String text = run.toString().strip();
        run.setLength(0);
        if (!text.isEmpty()) {
            sections.text(SPACES.matcher(text).replaceAll(" "));
        }
    }

    private static boolean isDropped(Element e) {
        return DROPPED.contains(e.normalName()) || e.attr("role").equals("navigation") || e.hasAttr("hidden")
                || e.attr("aria-hidden").equals("true");
    }

    private int line(Element e) {
        return line(e, lineOffset);
    }

    /** The element's line in the file, whose body starts after lineOffset lines of front matter; 0 when unknown. */
    static int line(Element e, int lineOffset) {
        int line = e.sourceRange().start().lineNumber();
        return line > 0 ? line + lineOffset : 0;
    }

    /** Rows as sentences like the Markdown reader's: "Fracture Age — Vertebroplasty: ...; Kyphoplasty: ...". */
    private static List<String> tableSentences(Element table) {
        List<String> header = List.of();
        List<String> sentences = new ArrayList<>();
        for (Element row : table.select("tr")) {
            Elements cells = row.select("> th, > td");
            List<String> texts = cells.stream().map(Element::text).toList();
            if (header.isEmpty() && !cells.isEmpty() && cells.stream().allMatch(c -> c.normalName().equals("th"))) {
                header = texts;
            } else if (!texts.isEmpty()) {
                sentences.add(BlockText.rowSentence(header, texts));
            }
        }
        return sentences;
    }
}
