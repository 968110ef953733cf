package faqbot.corpus;

import java.nio.file.Path;

/**
 * One thing wrong (or worth a look) in a content file, with the file and line so an editor can find it.
 *
 * @param line 1-based; 0 when the problem is about the whole file
 */
public record Problem(Severity severity, Path file, int line, String message) {

    /** Errors stop a build; warnings are reported and the build goes on. */
    public enum Severity { ERROR, WARNING }

    public static Problem error(Path file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "faq/cost.csv:7: error: ..." with the file relative to the corpus directory when it is inside it. */
    public String describe(Path corpusDir) {
        Path shown = corpusDir != null && file.startsWith(corpusDir) && !file.equals(corpusDir) ? corpusDir.relativize(file) : file;
        if (corpusDir != null && file.equals(corpusDir) && corpusDir.getFileName() != null) {
            shown = corpusDir.getFileName();
        }
        String where = shown.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
        return where + ": " + (isError() ? "error" : "warning") + ": " + message;
    }

    @Override
    public String toString() {
        return describe(null);
    }
}
