package faqbot.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a built index generation was built from: checked at start to decide whether the index is stale.
 *
 * @param version faqbot's version that built it (a new version rebuilds)
 * @param generation the generation's directory name
 * @param corpusChecksum SHA-256 over every corpus file
 */
public record Manifest(
        String version,
        String generation,
        String corpusChecksum,
        int documents,
        int passages,
        String builtAt,
        long buildMillis) {

    public static final String FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Manifest read(Path generationDir) throws IOException {
        return JSON.readValue(generationDir.resolve(FILE).toFile(), Manifest.class);
    }

    void write(Path generationDir) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(generationDir.resolve(FILE).toFile(), this);
    }
}
