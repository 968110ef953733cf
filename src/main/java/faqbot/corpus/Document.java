package faqbot.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One source file of the corpus with the passages made from it, in reading order.
 *
 * @param passageLines the line each passage starts on in the source file, by passage id, for problem reports
 */
public record Document(String id, String title, String url, Path source, List<Passage> passages, Map<String, Integer> passageLines) {

    public Document {
        passages = List.copyOf(passages);
        passageLines = Map.copyOf(passageLines);
    }

    public Document(String id, String title, String url, Path source, List<Passage> passages) {
        this(id, title, url, source, passages, Map.of());
    }

    /** Where the passage starts in the source file; 0 when unknown. */
    public int lineOf(String passageId) {
        return passageLines.getOrDefault(passageId, 0);
    }
}
