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
