package faqbot.corpus;

import java.nio.file.Path;
import java.util.List;

/** All documents read from a corpus directory, and a checksum of every file in it. */
public record Corpus(Path directory, List<Document> documents, String checksum) {

    public Corpus {
        documents = List.copyOf(documents);
    }

    public List<Passage> passages() {
        return documents.stream().flatMap(d -> d.passages().stream()).toList();
    }
}
