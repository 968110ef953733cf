package faqbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Example utterances per intent: the editable corpus/intents/*.txt files, or an in-memory map for tests and benchmarks. */
public final class IntentTrainingData {

    private static final Pattern INTENT_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, List<String>> utterances;

    private IntentTrainingData(Map<String, List<String>> utterances) {
        this.utterances = utterances;
    }

    /** Builds training data from intent name → utterances; throws if an intent name is invalid or an intent has no utterances. */
    public static IntentTrainingData of(Map<String, List<String>> utterances) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> copy = new TreeMap<>();
        utterances.forEach((intent, lines) -> {
            if (!INTENT_NAME.matcher(intent).matches()) {
                problems.add("intent name '" + intent + "' must be lower-case letters, digits and '_'");
            }
            if (lines.isEmpty()) {
                problems.add("intent '" + intent + "' has no utterances");
            }
            copy.put(intent, List.copyOf(lines));
        });
        if (copy.size() < 2) {
            problems.add("need at least two intents, found " + copy.size());
        }
        IntentDataException.throwIfAny(problems);
        return new IntentTrainingData(Collections.unmodifiableMap(copy));
    }

    /**
     * Reads every {@code <intent>.txt} in the directory: one utterance per line, blank lines and {@code #} comments ignored.
     * All problems (empty files, lines with no words, one utterance filed under two intents) are reported together as file:line.
     */
    public static IntentTrainingData read(Path intentsDir) {
        List<Path> files = intentFiles(intentsDir);
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> byIntent = new LinkedHashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (Path file : files) {
            String intent = file.getFileName().toString().replaceFirst("\\.txt$", "");
            byIntent.put(intent, readFile(file, problems, firstSeen));
        }
        IntentDataException.throwIfAny(problems);
        return of(byIntent);
    }

    private static List<Path> intentFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IntentDataException(List.of(dir + ": intents directory not found"));
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<String> readFile(Path file, List<String> problems, Map<String, String> firstSeen) {
        List<String> lines = readLines(file);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String normalised = TextNormaliser.normalise(line);
            if (normalised.isEmpty()) {
                problems.add(where + ": no words left after normalisation: '" + line + "'");
                continue;
            }
            String earlier = firstSeen.putIfAbsent(normalised, where);
            if (earlier != null && !earlier.startsWith(file + ":")) {
                problems.add(where + ": '" + line + "' is also an example at " + earlier + " (one utterance, two intents)");
            }
            kept.add(line);
        }
        if (kept.isEmpty()) {
            problems.add(file + ": no utterances (every line is blank or a comment)");
        }
        return kept;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Intent name → utterances, intents sorted by name. */
    public Map<String, List<String>> utterances() {
        return utterances;
    }

    public List<String> intents() {
        return List.copyOf(utterances.keySet());
    }

    public int size() {
        return utterances.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Deals each intent's utterances round-robin into {@code k} folds (deterministic, so thresholds are reproducible).
     * Returns, per fold, [the other folds joined, the fold itself].
     */
    List<List<IntentTrainingData>> folds(int k) {
        List<List<IntentTrainingData>> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            Map<String, List<String>> training = new TreeMap<>();
            Map<String, List<String>> heldOut = new TreeMap<>();
            for (Map.Entry<String, List<String>> intent : utterances.entrySet()) {
                List<String> lines = intent.getValue();
                for (int i = 0; i < lines.size(); i++) {
                    (i % k == fold ? heldOut : training).computeIfAbsent(intent.getKey(), x -> new ArrayList<>()).add(lines.get(i));
                }
            }
            folds.add(List.of(new IntentTrainingData(training), new IntentTrainingData(heldOut)));
        }
        return folds;
    }
}
