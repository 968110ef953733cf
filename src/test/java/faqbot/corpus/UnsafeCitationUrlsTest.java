package faqbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TinyCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader refuses a citation link that is no http(s) address, naming the file and line of it. */
class UnsafeCitationUrlsTest {

    @TempDir
    Path corpus;

    private List<String> errors(CorpusLoader loader) {
        Validation v = loader.validate(corpus);
        assertThat(v.corpus()).isEmpty();
        return v.errors().stream().map(p -> p.describe(v.directory())).toList();
    }

    private List<String> errors() {
        return errors(CorpusLoader.standard());
    }

    @Test
    void aMarkdownArticleWithAJavascriptUrlIsAnErrorAtTheUrlLine() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "articles/hips.md", "---\ntitle: Hips\nurl: javascript:alert(1)\n---\n# Hips\n\nText.\n");

        assertThat(errors()).containsExactly("articles/hips.md:3: error: the url 'javascript:alert(1)' uses 'javascript:';"
                + " only http:// and https:// addresses can be citation links");
    }

    @Test
    void anHtmlCanonicalHiddenBehindEntitiesIsAnErrorAtTheLinkLine() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "pages/visit.html", """
                <html><head><title>Visiting</title>
                <link rel="canonical" href="&#106;ava&#x09;script:alert(1)">
                </head><body><main><h1>Visiting</h1><p>Come any day.</p></main></body></html>
                """);

        assertThat(errors()).singleElement().asString()
                .startsWith("pages/visit.html:2: error: the url 'java\\u0009script:alert(1)' has a space or an invisible character");
    }

    @Test
    void anHtmlFrontMatterUrlIsCheckedAtItsLine() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "pages/visit.html", """
                ---
                title: Visiting
                url: //evil.example/visit
                ---
                <main><p>Come any day.</p></main>
                """);

        assertThat(errors()).containsExactly("pages/visit.html:3: error: the url '//evil.example/visit' has no scheme:"
                + " write it in full, starting with https://");
    }

    @Test
    void aCsvRowWithADataUrlIsAnErrorAtItsRow() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "faq/visits.csv", """
                question,answer,url
                When can I visit?,Any day.,https://h.example/visit
                Where do I park?,"In the garage,
                level 2.","DATA:text/html;base64,PHNjcmlwdD4="
                """);

        assertThat(errors()).containsExactly("faq/visits.csv:3: error: the url 'DATA:text/html;base64,PHNjcmlwdD4=' uses 'data:';"
                + " only http:// and https:// addresses can be citation links");
    }

    @Test
    void aJsonlLineWithAVbscriptUrlIsAnErrorAtItsLine() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "faq/visits.jsonl", """
                {"id": "visit", "question": "When can I visit?", "answer": "Any day.", "url": "https://h.example/visit"}
                {"id": "park", "question": "Where do I park?", "answer": "In the garage.", "url": " VBScript:msgbox(1)"}
                """);

        assertThat(errors()).containsExactly("faq/visits.jsonl:2: error: the url 'VBScript:msgbox(1)' uses 'vbscript:';"
                + " only http:// and https:// addresses can be citation links");
    }

    @Test
    void anyOtherReaderIsHeldToTheSameRuleByTheCorpusChecks() {
        TinyCorpus.write(corpus);
        TinyCorpus.write(corpus, "notes/n.txt", "anything");
        DocumentReader careless = new DocumentReader() {
            @Override
            public boolean accepts(Path corpusDir, Path file) {
                return file.toString().endsWith(".txt") && file.startsWith(corpusDir.resolve("notes"));
            }

            @Override
            public Document read(Path file) {
                Passage p = new Passage("n/intro", "n", "Notes", "javascript:alert(1)", "intro", List.of(), List.of(), "Text.");
                return new Document("n", "Notes", p.documentUrl(), file, List.of(p), java.util.Map.of("n/intro", 4));
            }
        };
        List<DocumentReader> readers = new java.util.ArrayList<>(List.of(careless));
        readers.addAll(List.of(new MarkdownArticleReader(), new CsvFaqReader()));

        assertThat(errors(new CorpusLoader(readers))).containsExactly("notes/n.txt:4: error: the url 'javascript:alert(1)'"
                + " uses 'javascript:'; only http:// and https:// addresses can be citation links");
    }
}
