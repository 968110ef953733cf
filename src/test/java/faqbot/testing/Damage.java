package faqbot.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What a failing disk does to an index: bytes changed in place, the file's size as it was. */
public final class Damage {

    private Damage() {}

    /** Flips 16 bytes in the middle of the directory's largest file. */
    public static void flipBytesInTheLargestFileOf(Path dir) throws IOException {
        Path largest;
        try (Stream<Path> files = Files.list(dir)) {
            largest = files.max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
        flipBytesIn(largest);
    }

    public static void flipBytesIn(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = f.length() / 2;
            for (int i = 0; i < 16; i++) {
                f.seek(middle + i);
                int b = f.read();
                f.seek(middle + i);
                f.write(b ^ 0xff);
            }
        }
    }
}
