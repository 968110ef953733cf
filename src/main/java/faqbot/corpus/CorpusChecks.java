package faqbot.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks across the whole corpus, after each file was read on its own. */
final class CorpusChecks {

    /** A section longer than this is hard to answer from; worth splitting, but not wrong. */
    static final int LONG_SECTION_CHARS = 6000;
    /** An intent with fewer examples than this is learnt poorly. */
    static final int MIN_INTENT_EXAMPLES = 20;
    /** The folders whose files are content; a file there that no reader takes is probably a mistake. */
    static final List<String> CONTENT_FOLDERS = List.of("articles", "pages", "faq");

    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();

    CorpusChecks(Path dir) {
        this.dir = dir;
    }

    /**
     * @param documents the files read whole
     * @param incomplete what could be read of files with errors: checked against the others too (ids, copies), so an
     *     error in one line does not hide the file's other problems; their addresses the reader has checked already
     */
    List<Problem> check(List<Document> documents, List<Document> incomplete, List<Path> unread, List<Path> files) {
        List<Document> readable = new ArrayList<>(documents);
        readable.addAll(incomplete);
        uniqueDocumentIds(readable);
        uniquePassageIds(readable);
        citationUrls(documents);
        problems.addAll(new DuplicateContent(dir).check(readable));
        longSections(readable);
        unread.stream().filter(this::inContentFolder).forEach(f -> problems.add(Problem.warning(f, 0,
                "not read: articles/ takes .md, pages/ takes .html, faq/ takes .csv and .jsonl")));
        files.stream().filter(f -> f.startsWith(dir.resolve("intents")) && f.toString().endsWith(".txt")).forEach(this::intentExamples);
        if (documents.stream().allMatch(d -> d.passages().isEmpty()) && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error(dir, 0, "the corpus has no content: add articles/*.md, pages/*.html or faq/*.csv|*.jsonl"));
        }
        return problems;
    }

    private boolean inContentFolder(Path file) {
        return CONTENT_FOLDERS.stream().anyMatch(folder -> file.startsWith(dir.resolve(folder)));
    }

    private void uniqueDocumentIds(List<Document> documents) {
        Map<String, Document> seen = new HashMap<>();
        for (Document d : documents) {
            Document first = seen.putIfAbsent(d.id(), d);
            if (first != null) {
                problems.add(Problem.error(d.source(), 0, "this file has the same name as " + dir.relativize(first.source())
                        + " (document id '" + d.id() + "'): rename one"));
            }
        }
    }

    private void uniquePassageIds(List<Document> documents) {
        Map<String, Document> seen = new HashMap<>();
        for (Document d : documents) {
            for (Passage p : d.passages()) {
                Document first = seen.putIfAbsent(p.id(), d);
                if (first != null && first != d) {
                    problems.add(Problem.error(d.source(), d.lineOf(p.id()), "the id '" + p.id() + "' is already used in "
                            + where(first, p.id()) + ": ids must be unique across the corpus"));
                }
            }
        }
    }

    /** The standard readers check addresses as they read; this holds any reader to the same rule. */
    private void citationUrls(List<Document> documents) {
        for (Document d : documents) {
            d.passages().stream().filter(p -> !CitationUrl.isSafe(p.documentUrl())).findFirst()
                    .flatMap(p -> CitationUrl.problem(d.source(), d.lineOf(p.id()), p.documentUrl()))
                    .ifPresent(problems::add);
        }
    }

    private String where(Document d, String passageId) {
        int line = d.lineOf(passageId);
        return dir.relativize(d.source()).toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
    }

    private void longSections(List<Document> documents) {
        for (Document d : documents) {
            for (Passage p : d.passages()) {
                if (p.text().length() > LONG_SECTION_CHARS) {
                    problems.add(Problem.warning(d.source(), d.lineOf(p.id()), p.isFaq() && p.trail().size() <= 1
                            ? "the answer to '" + p.question().get(0) + "' is very long (" + p.text().length() + " characters): shorter answers quote better"
                            : "the section '" + p.heading() + "' is very long (" + p.text().length()
                                    + " characters): answers come out better if it is split under sub-headings"));
                }
            }
        }
    }

    private void intentExamples(Path file) {
        try {
            long examples = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
            if (examples < MIN_INTENT_EXAMPLES) {
                problems.add(Problem.error(file, 0, "this intent has only " + examples + " example lines; write at least "
                        + MIN_INTENT_EXAMPLES + " ways people say it, one a line"));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(file, 0, "cannot read the file as UTF-8 text (" + e.getMessage() + ")"));
        }
    }
}
