package faqbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** Walks a Markdown document and cuts it into one passage per heading with its text. */
final class SectionCollector {

    private final Path file;
    private final String documentId;
    private final String title;
    private final String url;
    private final List<Passage> passages = new ArrayList<>();
    private final List<String> anchors = new ArrayList<>();

    /** Heading path below the H1; index 0 is the level-2 heading. */
    private List<String> path = List.of();
    private List<String> blocks = new ArrayList<>();
    private int sectionLine = 1;

    SectionCollector(Path file, String documentId, String title, String url) {
        this.file = file;
        this.documentId = documentId;
        this.title = title;
        this.url = url;
    }

    List<Passage> collect(Node root) throws CorpusException {
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                flush();
                enter(heading);
            } else {
                blocks.addAll(BlockText.lines(node));
            }
        }
        flush();
        return passages;
    }

    private void enter(Heading heading) {
        String text = BlockText.inline(heading);
        sectionLine = heading.getSourceSpans().isEmpty() ? 0 : heading.getSourceSpans().get(0).getLineIndex() + 1;
        path = heading.getLevel() <= 1 ? List.of() : MarkdownArticleReader.pathTo(path, heading.getLevel() - 2, text);
    }

    private void flush() throws CorpusException {
        List<String> text = blocks;
        blocks = new ArrayList<>();
        if (text.isEmpty() || path.stream().anyMatch(MarkdownArticleReader::isReferenceHeading)) {
            return;
        }
        String anchor = path.isEmpty() ? Slugs.slug(title) : Slugs.anchor(path);
        if (anchors.contains(anchor)) {
            throw new CorpusException(file, sectionLine, "two sections have the same anchor '" + anchor + "': rename one heading");
        }
        anchors.add(anchor);
        passages.add(new Passage(documentId + "/" + anchor, documentId, title, url, anchor, path, faqQuestion(), String.join("\n", text)));
    }

    private List<String> faqQuestion() {
        boolean underFaq = path.size() >= 2 && MarkdownArticleReader.isFaqHeading(path.get(path.size() - 2));
        return underFaq ? List.of(path.get(path.size() - 1)) : List.of();
    }
}
