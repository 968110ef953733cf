package faqbot.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a built index generation was built from: checked at start to decide whether the index is stale.
 *
 * @param version faqbot's version that built it (a new version rebuilds)
 * @param generation the generation's directory name
 * @param corpusChecksum SHA-256 over every corpus file
 * @param files every file of the generation as built (path relative to it → size and checksum): what it needs to be
 *     served, checked at start and at every swap; null in manifests written before faqbot kept the list
 * @param embeddingModel the sentence-embedding model that made the passages' vectors (null before there were any):
 *     a question embedded by another model cannot be compared with them
 * @param embeddingDimension the number of floats in each vector
 */
public record Manifest(
        String version,
        String generation,
        String corpusChecksum,
        int documents,
        int passages,
        String builtAt,
        long buildMillis,
        Map<String, FileSum> files,
        String embeddingModel,
        int embeddingDimension) {

    public static final String FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One file's size and SHA-256. Lucene's files carry only their size: Lucene's own footer checksums, checked
     * whole before a generation is served, cover their content.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileSum(long bytes, String sha256) {}

    public static Manifest read(Path generationDir) throws IOException {
        return JSON.readValue(generationDir.resolve(FILE).toFile(), Manifest.class);
    }

    /** Written to a temporary name and renamed, so a manifest is never half there: its presence marks a complete generation. */
    void write(Path generationDir) throws IOException {
        Path tmp = generationDir.resolve(FILE + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this)));
            channel.force(true);
        }
        Files.move(tmp, generationDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
