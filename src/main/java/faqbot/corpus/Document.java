package faqbot.corpus;

import java.nio.file.Path;
import java.util.List;

/** One source file of the corpus with the passages made from it, in reading order. */
public record Document(String id, String title, String url, Path source, List<Passage> passages) {

    public Document {
        passages = List.copyOf(passages);
    }
}
