package faqbot.corpus;

import java.nio.file.Path;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** Walks a Markdown document and cuts it into one passage per heading with its text. */
final class SectionCollector {

    private final SectionBuilder sections;

    SectionCollector(Path file, String documentId, String title, String url) {
        this.sections = new SectionBuilder(file, documentId, title, url);
    }

    Document collect(Node root) throws CorpusException {
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                sections.heading(heading.getLevel(), BlockText.inline(heading), lineOf(heading), "");
            } else {
                sections.text(BlockText.lines(node));
            }
        }
        return sections.document();
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
