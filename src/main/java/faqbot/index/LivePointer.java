package faqbot.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Which generation is live and why: the CURRENT file naming it, switched by an atomic rename, and the PINNED marker
 * a rollback leaves so that a restart keeps the generation chosen by hand.
 */
final class LivePointer {

    static final String CURRENT = "CURRENT";
    static final String CURRENT_TMP = CURRENT + ".tmp";
    private static final String PINNED = "PINNED";

    private final Path root;

    LivePointer(Path root) {
        this.root = root;
    }

    /** The generation CURRENT names, if it has a manifest. */
    Optional<Path> current() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        Path gen = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        return Files.exists(gen.resolve(Manifest.FILE)) ? Optional.of(gen) : Optional.empty();
    }

    /** Points CURRENT at the generation, atomically (written aside, flushed to disk, renamed over CURRENT). */
    void pointAt(Path generation) throws IOException {
        Path tmp = root.resolve(CURRENT_TMP);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((generation.getFileName().toString() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes the CURRENT.tmp a killed switch left. */
    void cleanIncomplete() throws IOException {
        Files.deleteIfExists(root.resolve(CURRENT_TMP));
    }

    void pin(boolean pinned) throws IOException {
        Path marker = root.resolve(PINNED);
        if (pinned) {
            Files.writeString(marker, "rolled back by hand; the next reindex clears this\n", StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(marker);
        }
    }

    boolean isPinned() {
        return Files.exists(root.resolve(PINNED));
    }
}
