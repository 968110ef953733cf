package faqbot.publish;

import faqbot.corpus.Problem;
import faqbot.nlu.IntentDataException;
import faqbot.nlu.IntentTrainingData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** corpus/intents/ must be usable training data (the intent model is trained at every build). */
final class IntentsCheck implements ContentCheck {

    /** "path/to/file.txt:12: message" or "path/to/file.txt: message". */
    private static final Pattern WHERE = Pattern.compile("^(\\S.*?\\.txt)(?::(\\d+))?: (.*)$", Pattern.DOTALL);

    @Override
    public List<Problem> check(Path corpusDir) {
        Path dir = corpusDir.resolve("intents");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            IntentTrainingData.read(dir);
            return List.of();
        } catch (IntentDataException e) {
            return e.problems().stream().map(p -> problem(dir, p)).toList();
        } catch (RuntimeException e) {
            return List.of(Problem.error(dir, 0, "cannot read the intents (" + e.getMessage() + ")"));
        }
    }

    private static Problem problem(Path dir, String text) {
        Matcher m = WHERE.matcher(text);
        if (m.matches()) {
            return Problem.error(Path.of(m.group(1)).toAbsolutePath().normalize(), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3));
        }
        return Problem.error(dir, 0, text);
    }
}
