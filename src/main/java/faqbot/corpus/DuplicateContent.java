package faqbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Content that is in the corpus twice: a copy of a document (the same title and text under another file name) is an
 * error, as it would answer every question twice over; two articles or pages claiming the same public address, and
 * the same FAQ question with the same answer in two entries, are warnings, since either can be meant (one page written
 * as two files; a sheet that repeats an entry under another topic, as MedQuAD does).
 */
final class DuplicateContent {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Path dir;

    DuplicateContent(Path dir) {
        this.dir = dir;
    }

    List<Problem> check(List<Document> documents) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Document> byContent = new HashMap<>();
        Map<String, Document> byUrl = new HashMap<>();
        Map<String, Place> byEntry = new HashMap<>();
        for (Document d : documents) {
            if (d.passages().isEmpty()) {
                continue;
            }
            Document copied = byContent.putIfAbsent(contentKey(d), d);
            if (copied != null) {
                problems.add(Problem.error(d.source(), 0, "this is a copy of " + relative(copied.source())
                        + " (the same title and text): remove one, or the bot finds everything in it twice"));
            } else if (isSheet(d)) {
                sameEntries(d, byEntry, problems);
            } else if (!d.url().isBlank()) {
                Document samePage = byUrl.putIfAbsent(d.url(), d);
                if (samePage != null) {
                    problems.add(Problem.warning(d.source(), 0, "has the same url as " + relative(samePage.source()) + " ("
                            + d.url() + "): if one is an older copy of the page, remove it; if each file is part of that page, ignore this"));
                }
            }
        }
        return problems;
    }

    private void sameEntries(Document sheet, Map<String, Place> seen, List<Problem> problems) {
        for (Passage p : sheet.passages()) {
            if (p.text().isBlank()) {
                continue;
            }
            Place first = seen.putIfAbsent(normal(p.question().get(0)) + "\n" + normal(p.text()), new Place(sheet, p.id()));
            if (first != null) {
                int line = sheet.lineOf(p.id());
                problems.add(Problem.warning(sheet.source(), line, "the question '" + p.question().get(0)
                        + "' has the same answer as on " + first.describe(this) + ": remove one of the two entries"));
            }
        }
    }

    private boolean isSheet(Document d) {
        return d.source().startsWith(dir.resolve("faq"));
    }

    private static String contentKey(Document d) {
        return normal(d.title()) + "\n" + d.passages().stream().map(p -> normal(p.text())).collect(Collectors.joining("\n"));
    }

    private static String normal(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private String relative(Path file) {
        return (file.startsWith(dir) ? dir.relativize(file) : file).toString().replace('\\', '/');
    }

    private record Place(Document document, String passageId) {
        String describe(DuplicateContent checks) {
            int line = document.lineOf(passageId);
            return checks.relative(document.source()) + (line > 0 ? ":" + line : "");
        }
    }
}
