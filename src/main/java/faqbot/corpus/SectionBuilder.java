package faqbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a page into one passage per heading with its text, for any markup: readers call {@link #heading} and
 * {@link #text} in reading order. Headings below the first level make the trail; a heading under "FAQ" is a question.
 * Collects problems instead of stopping at the first: duplicate anchors and headings with neither text nor sub-sections.
 */
final class SectionBuilder {

    private final Path file;
    private final String documentId;
    private final String title;
    private final String url;
    private final List<Passage> passages = new ArrayList<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Heading path below the H1; index 0 is the level-2 heading. */
    private List<String> path = List.of();
    private List<String> blocks = new ArrayList<>();
    private String explicitAnchor = "";
    private int sectionLine = 1;
    private int sectionLevel = 0;
    /** The section just closed had no text: an error unless a sub-heading comes next. */
    private boolean pendingEmpty;

    SectionBuilder(Path file, String documentId, String title, String url) {
        this.file = file;
        this.documentId = documentId;
        this.title = title;
        this.url = url;
    }

    /**
     * A heading starts a new section.
     *
     * @param anchor the page's own id for the heading, or blank to derive one from the heading path
     */
    void heading(int level, String text, int line, String anchor) {
        flush();
        checkEmptyBefore(level);
        sectionLine = line;
        sectionLevel = level;
        explicitAnchor = anchor == null ? "" : anchor.strip();
        path = level <= 1 ? List.of() : MarkdownArticleReader.pathTo(path, level - 2, text.strip());
    }

    void text(String line) {
        if (!line.isBlank()) {
            blocks.add(line.strip());
        }
    }

    void text(List<String> lines) {
        lines.forEach(this::text);
    }

    /** The document, or every problem found in it. */
    Document document() throws CorpusException {
        flush();
        checkEmptyBefore(0);
        Document document = new Document(documentId, title, url, file, passages, lines);
        if (!problems.isEmpty()) {
            throw new CorpusException(problems, document);
        }
        return document;
    }

    /** A heading with no text of its own is fine only if sub-headings follow it. */
    private void checkEmptyBefore(int nextLevel) {
        if (pendingEmpty && nextLevel <= sectionLevel && !isReference()) {
            problems.add(Problem.error(file, sectionLine, "the section '" + String.join(" › ", path)
                    + "' is empty: add its text or remove the heading"));
        }
        pendingEmpty = false;
    }

    private boolean isReference() {
        return path.stream().anyMatch(MarkdownArticleReader::isReferenceHeading);
    }

    private void flush() {
        List<String> text = blocks;
        blocks = new ArrayList<>();
        if (text.isEmpty()) {
            pendingEmpty = sectionLevel > 1;
            return;
        }
        if (isReference()) {
            return;
        }
        String anchor = !explicitAnchor.isEmpty() ? explicitAnchor : path.isEmpty() ? Slugs.slug(title) : Slugs.anchor(path);
        String id = documentId + "/" + anchor;
        Integer first = lines.putIfAbsent(id, sectionLine);
        if (first != null) {
            problems.add(Problem.error(file, sectionLine, "two sections have the same anchor '" + anchor
                    + "' (the other is on line " + first + "): rename one heading"));
            return;
        }
        passages.add(new Passage(id, documentId, title, url, anchor, path, faqQuestion(), String.join("\n", text)));
    }

    private List<String> faqQuestion() {
        boolean underFaq = path.size() >= 2 && MarkdownArticleReader.isFaqHeading(path.get(path.size() - 2));
        return underFaq ? List.of(path.get(path.size() - 1)) : List.of();
    }
}
