package faqbot.eval;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of the content tests: per file how many conversations passed, and every failed turn.
 *
 * @param passedByFile file → {passed, total}, in file order
 */
record EvalResult(Map<Path, int[]> passedByFile, List<Failure> failures) {

    EvalResult {
        passedByFile = Collections.unmodifiableMap(new TreeMap<>(passedByFile));
        failures = List.copyOf(failures);
    }

    int passed() {
        return passedByFile.values().stream().mapToInt(c -> c[0]).sum();
    }

    int total() {
        return passedByFile.values().stream().mapToInt(c -> c[1]).sum();
    }

    /**
     * One turn that did not get the expected reply.
     *
     * @param got what came back, e.g. "fallback (0.31)" or "answer (0.82) citing what-is-kyphoplasty: \"Kyphoplasty is ...\""
     */
    record Failure(Path file, int line, String name, int turn, String message, String expected, String got, List<String> wrong) {}
}
