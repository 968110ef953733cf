package faqbot.corpus;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** Turns Markdown blocks into readable lines: paragraphs as they are, list items as "- item", table rows as sentences. */
final class BlockText {

    private BlockText() {}

    static List<String> lines(Node block) {
        if (block instanceof TableBlock table) {
            return tableSentences(table);
        }
        if (block instanceof ListBlock list) {
            List<String> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add("- " + inline(item));
                }
            }
            return items;
        }
        String text = inline(block);
        return text.isEmpty() ? List.of() : List.of(text);
    }

    /** The plain text of a node, with line breaks as spaces. */
    static String inline(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** "Fracture Age — Vertebroplasty: Typically less than 3 months old; Kyphoplasty: Can be used for fractures of various ages." */
    private static List<String> tableSentences(TableBlock table) {
        List<String> header = List.of();
        List<String> sentences = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = cells(row);
                if (section instanceof TableHead) {
                    header = cells;
                } else {
                    sentences.add(rowSentence(header, cells));
                }
            }
        }
        return sentences;
    }

    private static List<String> cells(Node row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(inline(cell));
            }
        }
        return cells;
    }

    static String rowSentence(List<String> header, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            String name = i < header.size() ? header.get(i) : "";
            parts.add(name.isEmpty() ? cells.get(i) : name + ": " + cells.get(i));
        }
        String head = cells.isEmpty() ? "" : cells.get(0);
        return head + " — " + String.join("; ", parts) + ".";
    }
}
