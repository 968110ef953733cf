package faqbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TinyCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusValidationTest {

    @TempDir
    Path corpus;

    private final CorpusLoader loader = CorpusLoader.standard();

    private List<String> problems() {
        Validation v = loader.validate(corpus);
        return v.problems().stream().map(p -> p.describe(v.directory())).toList();
    }

    @Test
    void theBundledCorpusHasNoErrors() {
        Validation v = loader.validate(Path.of("corpus"));

        assertThat(v.errors()).isEmpty();
        assertThat(v.corpus()).isPresent();
    }

    @Test
    void reportsEveryProblemOfEveryFileAtOnceWithFileAndLine() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "articles/bad-front.md", "---\ntitle: [unclosed\n---\n# X\n\nText.\n");
        TinyCorpus.write(corpus, "articles/empty-section.md", """
                ---
                title: Hips
                url: https://h.example/hips
                ---
                # Hips

                Intro.

                ## Nothing here

                ## Recovery

                Walk soon.
                """);
        TinyCorpus.write(corpus, "faq/more.jsonl", """
                {"id": "shower", "question": "Shower?", "answer": "Yes.", "url": "https://h.example/x"}
                {"id": "new", "question": "Q", "answer": "A", "url": "https://h.example/y"
                """);
        TinyCorpus.write(corpus, "intents/greeting.txt", "hi\nhello\n# a comment\n\nhey there\n");

        assertThat(problems()).containsExactlyInAnyOrder(
                "articles/bad-front.md:2: error: bad front matter: while parsing a flow sequence; expected ',' or ']', but got <stream end>"
                        + " (write `key: value` lines; put quotes around a value that has a colon or starts with [ or {)",
                "articles/empty-section.md:9: error: the section 'Nothing here' is empty: add its text or remove the heading",
                "faq/more.jsonl:2: error: this line is not valid JSON (column 75: Unexpected end-of-input: expected close marker for Object); each line must be one complete object",
                "faq/more.jsonl:1: error: the id 'shower' is already used in faq/knee-faq.csv:2: ids must be unique across the corpus",
                "intents/greeting.txt: error: this intent has only 3 example lines; write at least 20 ways people say it, one a line");
    }

    @Test
    void anIdUsedInTwoSheetsIsAnErrorNamingBothPlaces() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "faq/more.jsonl", """
                {"id": "other", "question": "Other?", "answer": "Yes.", "url": "https://h.example/x"}
                {"id": "shower", "question": "Shower?", "answer": "Yes.", "url": "https://h.example/x"}
                """);

        assertThat(problems()).containsExactly(
                "faq/more.jsonl:2: error: the id 'shower' is already used in faq/knee-faq.csv:2: ids must be unique across the corpus");
    }

    @Test
    void aMalformedLineDoesNotHideTheOtherProblemsOfItsFileNorThoseAcrossFiles() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "faq/more.jsonl", """
                {"id": "new", "question": "Q", "answer": "A", "url": "https://h.example/y"
                {"id": "work", "question": "Work?", "answer": "Soon.", "url": "https://h.example/w"}
                {"id": "bath", "question": "Bath?", "answer": "", "url": "https://h.example/b"}
                """);
        TinyCorpus.write(corpus, "faq/sheet.csv", """
                question,answer,url
                Q1?,"A1" and more,https://h.example/1
                Q2?,,https://h.example/2
                Q3?,A3.,https://h.example/3,extra
                """);
        TinyCorpus.write(corpus, "articles/no-title.md", "---\nurl: https://h.example/hips\n---\n# Hips\n\nIntro.\n\n## Empty\n\n## Recovery\n\nWalk.\n");

        assertThat(problems()).containsExactlyInAnyOrder(
                "articles/no-title.md:1: error: front matter has no 'title' (add `title: ...` between the --- lines)",
                "articles/no-title.md:8: error: the section 'Empty' is empty: add its text or remove the heading",
                "faq/more.jsonl:1: error: this line is not valid JSON (column 75: Unexpected end-of-input: expected close marker for Object); each line must be one complete object",
                "faq/more.jsonl:2: error: the id 'work' is already used in faq/knee-faq.csv:3: ids must be unique across the corpus",
                "faq/more.jsonl:3: error: the entry has no answer",
                "faq/sheet.csv:2: error: malformed CSV (Unexpected character ('a' (code 97)): Expected column separator character (',' (code 44)) or end-of-line); check the quotes of the row starting here: a field with a comma, quote or line break must be in \"...\" with \"\" for a quote",
                "faq/sheet.csv:3: error: the entry has no answer",
                "faq/sheet.csv:4: error: this row has 4 columns but the header has 3 (question,answer,url); quote fields that contain commas");
    }

    @Test
    void aCopyOfADocumentIsAnErrorAndTwoFilesForOnePageAWarning() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "articles/knee-copy.md", TinyCorpus.ARTICLE);
        TinyCorpus.write(corpus, "articles/knee-extra.md", TinyCorpus.ARTICLE.replace("# Knee replacement", "# Knee replacement, more")
                .replace("Most people walk", "Many people walk"));

        assertThat(problems()).containsExactlyInAnyOrder(
                "articles/knee.md: error: this is a copy of articles/knee-copy.md (the same title and text): remove one, or the bot finds everything in it twice",
                "articles/knee-extra.md: warning: has the same url as articles/knee-copy.md (https://hospital.example/knee): if one is an older copy of the page, remove it; if each file is part of that page, ignore this");
    }

    @Test
    void theSameQuestionWithTheSameAnswerInTwoEntriesIsAWarning() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "faq/more.jsonl", """
                {"id": "other", "question": "Other?", "answer": "Yes.", "url": "https://h.example/x"}
                {"id": "shower-again", "question": "Can I  shower after surgery?", "answer": "Yes after 48 hours if the wound is dry.", "url": "https://h.example/s"}
                """);

        Validation v = loader.validate(corpus);

        assertThat(v.corpus()).isPresent();
        assertThat(problems()).containsExactly("faq/more.jsonl:2: warning: the question 'Can I  shower after surgery?' has the same answer"
                + " as on faq/knee-faq.csv:2: remove one of the two entries");
    }

    @Test
    void warningsDoNotStopTheCorpusFromLoading() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "faq/long.jsonl", "{\"id\": \"long\", \"question\": \"Long?\", \"answer\": \"" + "word ".repeat(1500)
                + "\", \"url\": \"https://h.example/long\"}\n");
        TinyCorpus.write(corpus, "faq/notes.txt", "not a sheet");

        Validation v = loader.validate(corpus);

        assertThat(v.errors()).isEmpty();
        assertThat(v.corpus()).isPresent();
        assertThat(problems()).containsExactlyInAnyOrder(
                "faq/long.jsonl:1: warning: the answer to 'Long?' is very long (7499 characters): shorter answers quote better",
                "faq/notes.txt: warning: not read: articles/ takes .md, pages/ takes .html, faq/ takes .csv and .jsonl");
    }

    @Test
    void anEmptyCorpusIsAnError() {
        TinyCorpus.write(corpus, "synonyms.txt", "cost, price\n");

        assertThat(problems()).containsExactly(
                corpus.getFileName() + ": error: the corpus has no content: add articles/*.md, pages/*.html or faq/*.csv|*.jsonl");
    }

    @Test
    void readsTheFilesOfALinkedDirectoryAsItsOwn() throws IOException, CorpusException {
        Path bundled = Path.of("corpus").toAbsolutePath();
        Files.createSymbolicLink(corpus.resolve("articles"), bundled.resolve("articles"));
        Files.createSymbolicLink(corpus.resolve("faq"), bundled.resolve("faq"));

        Corpus linked = loader.load(corpus);

        assertThat(linked.documents()).extracting(Document::title)
                .contains("Kyphoplasty vs. Vertebroplasty: Key Differences").hasSize(loader.load(bundled).documents().size());
    }
}
