package faqbot.publish;

import faqbot.corpus.Problem;
import faqbot.index.IndexStore;
import faqbot.nlu.RedFlags;
import faqbot.nlu.SmallTalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * redflags.txt and smalltalk.yaml must load as the server loads them, and a corpus with intents/ must have both:
 * the urgent intent finds emergencies with the red flags and answers them from the small talk's urgent.medical and
 * urgent.self_harm replies (emergency advice, a crisis line), so without either an emergency would get an article.
 */
final class ConversationFilesCheck implements ContentCheck {

    /** "path/to/redflags.txt:12: message", one a line in the red flags' error. */
    private static final Pattern WHERE = Pattern.compile("^\\s*(\\S.*?):(\\d+): (.*)$");

    @Override
    public List<Problem> check(Path corpusDir) {
        Path redFlags = corpusDir.resolve(IndexStore.REDFLAGS_FILE);
        Path smallTalk = corpusDir.resolve(IndexStore.SMALLTALK_FILE);
        List<Problem> problems = new ArrayList<>();
        if (Files.isDirectory(corpusDir.resolve("intents"))) {
            for (Path needed : List.of(redFlags, smallTalk)) {
                if (!Files.exists(needed)) {
                    problems.add(Problem.error(needed, 0, "is missing, and intents/ needs it: urgent messages are found with "
                            + IndexStore.REDFLAGS_FILE + " and answered from the urgent.medical and urgent.self_harm replies of "
                            + IndexStore.SMALLTALK_FILE));
                }
            }
        }
        if (Files.exists(redFlags)) {
            problems.addAll(redFlagProblems(redFlags));
        }
        if (Files.exists(smallTalk)) {
            try {
                SmallTalk.load(smallTalk);
            } catch (RuntimeException e) {
                problems.add(Problem.error(smallTalk, 0, FailureText.of(e).replace(smallTalk + ": ", "")));
            }
        }
        return problems;
    }

    private static List<Problem> redFlagProblems(Path file) {
        try {
            RedFlags.load(file);
            return List.of();
        } catch (IllegalArgumentException e) {
            List<Problem> problems = new ArrayList<>();
            for (String line : e.getMessage().lines().skip(1).toList()) {
                Matcher m = WHERE.matcher(line);
                problems.add(m.matches() ? Problem.error(file, Integer.parseInt(m.group(2)), m.group(3))
                        : Problem.error(file, 0, line.strip().replace(file + ": ", "")));
            }
            return problems;
        } catch (RuntimeException e) {
            return List.of(Problem.error(file, 0, FailureText.of(e)));
        }
    }
}
