package faqbot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An index directory no build can write: every file and directory read-only, as on a replica or a read-only mount.
 * Root ignores permissions, so the build lock is also made a directory, which no process can open for writing: a
 * build fails at its first write, the lock, as it does in a read-only directory.
 */
public final class UnwritableIndex {

    private UnwritableIndex() {}

    public static void make(Path index) throws IOException {
        Path lock = index.resolve(".build.lock");
        Files.deleteIfExists(lock);
        Files.createDirectory(lock);
        permissions(index, "r-xr-xr-x", "r--r--r--");
    }

    /** Writable again, so the test's directory can be deleted. */
    public static void undo(Path index) throws IOException {
        permissions(index, "rwxr-xr-x", "rw-r--r--");
    }

    private static void permissions(Path index, String directories, String files) throws IOException {
        try (Stream<Path> walk = Files.walk(index)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? directories : files));
            }
        }
    }
}
