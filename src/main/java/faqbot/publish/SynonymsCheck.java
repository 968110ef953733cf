package faqbot.publish;

import faqbot.corpus.Problem;
import faqbot.index.IndexStore;
import faqbot.index.Synonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** synonyms.txt must parse as Solr synonyms, or no index would open. */
final class SynonymsCheck implements ContentCheck {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    @Override
    public List<Problem> check(Path corpusDir) {
        Path file = corpusDir.resolve(IndexStore.SYNONYMS_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            Synonyms.load(file);
            return List.of();
        } catch (ParseException e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
            return List.of(Problem.error(file, lineOf(e.getMessage()), "a synonym rule cannot be read" + cause
                    + "; write `word, other word` or `typed => meant`, one rule a line"));
        } catch (IOException | RuntimeException e) {
            return List.of(Problem.error(file, 0, "cannot read the synonyms (" + e.getMessage() + ")"));
        }
    }

    private static int lineOf(String message) {
        Matcher m = LINE.matcher(String.valueOf(message));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
