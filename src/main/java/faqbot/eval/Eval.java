package faqbot.eval;

import faqbot.app.Faqbot;
import faqbot.corpus.CorpusException;
import faqbot.dialog.DialogSettings;
import faqbot.gaps.GapSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Content tests: builds a fresh index of the corpus in a temporary directory, runs every conversation of
 * `tests/*.jsonl` (or of another directory or file of conversations, such as an evaluation set kept outside the
 * corpus) through the chat service, and prints the pass rate per file and every failure.
 */
public final class Eval {

    private final Path corpusDir;
    private final Path tests;
    private final DialogSettings settings;

    public Eval(Path corpusDir) {
        this(corpusDir, corpusDir.resolve("tests"));
    }

    /** Runs the conversations of {@code tests}, a directory of `*.jsonl` files or one such file, against the corpus. */
    public Eval(Path corpusDir, Path tests) {
        this(corpusDir, tests, DialogSettings.defaults());
    }

    /** As {@link #Eval(Path, Path)}, the replies worded with a clinic's settings (its contact, numbers, disclaimer). */
    public Eval(Path corpusDir, Path tests, DialogSettings settings) {
        this.corpusDir = corpusDir.toAbsolutePath().normalize();
        this.tests = tests.toAbsolutePath().normalize();
        this.settings = settings;
    }

    /** Exit code: 0 all passed, 1 some failed, 2 the tests or the corpus have errors. */
    public int run(PrintStream out, PrintStream err) throws Exception {
        return run(out, err, 100.0);
    }

    /**
     * As {@link #run(PrintStream, PrintStream)}, but failures are tolerated while the share of passing conversations is
     * at least {@code minPassRate} percent: a floor for CI while answer quality is still being improved.
     */
    public int run(PrintStream out, PrintStream err, double minPassRate) throws Exception {
        List<ContentTest> tests;
        try {
            tests = ContentTestFiles.read(this.tests);
        } catch (CorpusException e) {
            e.problems().forEach(p -> err.println(p.describe(corpusDir)));
            return 2;
        }
        Path index = Files.createTempDirectory("faqbot-eval");
        try (Faqbot faqbot = Faqbot.open(corpusDir, index, settings, GapSettings.off())) {
            EvalResult result = new ContentTestRunner(faqbot.chat()).run(tests);
            print(result, out);
            if (result.failures().isEmpty()) {
                return 0;
            }
            double rate = 100.0 * result.passed() / Math.max(1, result.total());
            if (minPassRate < 100.0) {
                boolean enough = rate >= minPassRate;
                out.printf(Locale.ROOT, "The pass rate %.1f%% is %s the required %.1f%%.%n", rate, enough ? "at or above" : "below", minPassRate);
                return enough ? 0 : 1;
            }
            return 1;
        } catch (CorpusException e) {
            e.problems().forEach(p -> err.println(p.describe(corpusDir)));
            err.println("The corpus has errors; fix them before running the content tests.");
            return 2;
        } finally {
            delete(index);
        }
    }

    private void print(EvalResult result, PrintStream out) {
        for (EvalResult.Failure f : result.failures()) {
            out.printf("FAIL %s:%d %s, turn %d: \"%s\"%n", relative(f.file()), f.line(), f.name(), f.turn(), f.message());
            out.println("     expected " + f.expected());
            out.println("     got      " + f.got());
            out.println("     wrong:   " + String.join("; ", f.wrong()));
        }
        for (Map.Entry<Path, int[]> e : result.passedByFile().entrySet()) {
            out.println(relative(e.getKey()) + ": " + rate(e.getValue()[0], e.getValue()[1]));
        }
        out.println("All: " + rate(result.passed(), result.total()) + (result.failures().isEmpty() ? "" : "; " + result.failures().size() + (result.failures().size() == 1 ? " turn" : " turns") + " failed."));
    }

    static String rate(int passed, int total) {
        return String.format(Locale.ROOT, "%d of %d conversations passed (%.1f%%)", passed, total, total == 0 ? 100.0 : 100.0 * passed / total);
    }

    /** A test file as written: below the corpus relative to it, elsewhere relative to the working directory. */
    private String relative(Path file) {
        Path base = file.startsWith(corpusDir) ? corpusDir : Path.of("").toAbsolutePath();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
