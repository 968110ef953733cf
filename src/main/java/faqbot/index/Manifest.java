package faqbot.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
