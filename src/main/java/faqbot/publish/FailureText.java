package faqbot.publish;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** An expected failure said in one line for a person: what went wrong and where, without the exception's class. */
public final class FailureText {

    private FailureText() {}

    public static String of(Throwable failure) {
        Throwable e = unwrapped(failure);
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + fs.getReason();
        }
        if (e instanceof UncheckedIOException io && io.getCause() != null) {
            return firstLine(io) + " (" + of(io.getCause()) + ")";
        }
        return firstLine(e);
    }

    private static Throwable unwrapped(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse("").strip();
    }
}
