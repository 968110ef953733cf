package faqbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the rows of one FAQ sheet (CSV or JSONL) into a document with one passage per entry, checking each row. */
final class FaqSheet {

    /** Fields that tell apart entries sharing an id, in the order they qualify it. */
    private static final List<String> QUALIFIERS = List.of("source", "focus");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    private final Path file;
    private final String documentId;
    private final String sheetTitle;
    private final List<Problem> problems = new ArrayList<>();

    FaqSheet(Path file) {
        this.file = file;
        this.documentId = MarkdownArticleReader.documentId(file);
        this.sheetTitle = titleOf(file);
    }

    /** A row problem; rows with problems are left out and the sheet is rejected at the end. */
    void problem(int line, String message) {
        problems.add(Problem.error(file, line, message));
    }

    List<Problem> problems() {
        return problems;
    }

    /**
     * The document made of the valid entries; throws with every problem of the sheet if there is any, and with the
     * valid entries, for the checks across files.
     */
    Document document(List<FaqEntry> entries) throws CorpusException {
        Map<String, Integer> repeats = countIds(entries);
        List<Passage> passages = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (FaqEntry entry : entries) {
            int problemsBefore = problems.size();
            check(entry);
            String id = passageId(entry, repeats);
            Integer first = lines.putIfAbsent(id, entry.line());
            if (first != null) {
                problem(entry.line(), "the id '" + id + "' is already used on line " + first + ": give each entry its own id");
            } else if (problems.size() == problemsBefore) {
                passages.add(passage(id, entry));
            }
        }
        String url = passages.isEmpty() ? "" : passages.get(0).documentUrl();
        Document document = new Document(documentId, sheetTitle, url, file, passages, lines);
        if (problems.stream().anyMatch(Problem::isError)) {
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new CorpusException(problems, document);
        }
        return document;
    }

    private void check(FaqEntry entry) {
        if (entry.question().isBlank()) {
            problem(entry.line(), "the entry has no question");
        }
        if (entry.answer().isBlank()) {
            problem(entry.line(), "the entry has no answer");
        }
        if (entry.url().isBlank()) {
            problem(entry.line(), "the entry has no url (the public page the answer is on, used as the citation link)");
        } else {
            CitationUrl.problem(file, entry.line(), entry.url().strip()).ifPresent(problems::add);
        }
    }

    /**
     * The entry's own id, kept as the passage id. Some sheets (MedQuAD) reuse an id across collections and topics and
     * tell the entries apart by `source` and `focus`; such entries are cited as "id/source/focus" (slugs of those
     * present). Without an id, the question's slug under the sheet's name.
     */
    private String passageId(FaqEntry entry, Map<String, Integer> repeats) {
        String id = entry.id().strip();
        if (id.isEmpty()) {
            return documentId + "/" + Slugs.slug(entry.question());
        }
        if (repeats.getOrDefault(id, 0) < 2) {
            return id;
        }
        StringBuilder qualified = new StringBuilder(id);
        for (String field : QUALIFIERS) {
            String value = entry.meta(field);
            if (!value.isEmpty()) {
                qualified.append('/').append(Slugs.slug(value));
            }
        }
        return qualified.toString();
    }

    private static Map<String, Integer> countIds(List<FaqEntry> entries) {
        Map<String, Integer> counts = new HashMap<>();
        for (FaqEntry entry : entries) {
            counts.merge(entry.id().strip(), 1, Integer::sum);
        }
        return counts;
    }

    private Passage passage(String id, FaqEntry entry) {
        String url = entry.url().strip();
        int hash = url.indexOf('#');
        String pageUrl = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash + 1);
        String title = entry.title().isBlank() ? sheetTitle : entry.title().strip();
        List<String> questions = new ArrayList<>();
        questions.add(entry.question().strip());
        entry.alternates().stream().map(String::strip).filter(a -> !a.isEmpty()).forEach(questions::add);
        return new Passage(id, documentId, title, pageUrl, anchor, List.of(questions.get(0)), questions,
                readable(entry.answer()), entry.metadata());
    }

    /** The answer with each line trimmed, runs of spaces squeezed and blank lines dropped: one block a line. */
    static String readable(String answer) {
        StringBuilder out = new StringBuilder(answer.length());
        for (String line : answer.split("\n")) {
            String stripped = line.strip();
            String text = stripped.contains("  ") || stripped.indexOf('\t') >= 0 ? SPACES.matcher(stripped).replaceAll(" ") : stripped;
            if (!text.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(text);
            }
        }
        return out.toString();
    }

    /** "patient-faq.csv" → "Patient faq": the citation title of entries that name no page title. */
    static String titleOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replace('-', ' ').replace('_', ' ').strip();
        return base.isEmpty() ? name : base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }
}
