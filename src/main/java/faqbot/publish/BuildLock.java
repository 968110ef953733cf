package faqbot.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One build at a time per index directory, across processes (an OS file lock, released by the OS if the process
 * dies) and within one (the JVM refuses a second lock on the same file).
 */
final class BuildLock implements AutoCloseable {

    static final String FILE = ".build.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static BuildLock acquire(Path indexDir) throws IOException, BuildRunningException {
        Files.createDirectories(indexDir);
        Path file = indexDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new BuildRunningException(holder(file));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("started " + Instant.now() + " by process " + ProcessHandle.current().pid() + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        return new BuildLock(channel, lock);
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
