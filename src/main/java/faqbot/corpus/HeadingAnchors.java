package faqbot.corpus;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The anchor of every heading of a parsed article, as its passages' citation links use it: a page that
 * shows the article gives each heading this id, so a citation link lands on its section.
 */
public final class HeadingAnchors {

    private HeadingAnchors() {}

    /**
     * @param root the article as {@link MarkdownArticleReader#parse(String)} returns it
     * @param title the document's title from its front matter; level-1 headings (the introduction) use its slug
     */
    public static Map<Heading, String> of(Node root, String title) {
        Map<Heading, String> anchors = new IdentityHashMap<>();
        List<String> path = List.of();
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                path = heading.getLevel() <= 1
                        ? List.of()
                        : MarkdownArticleReader.pathTo(path, heading.getLevel() - 2, BlockText.inline(heading));
                anchors.put(heading, path.isEmpty() ? Slugs.slug(title) : Slugs.anchor(path));
            }
        }
        return anchors;
    }
}
