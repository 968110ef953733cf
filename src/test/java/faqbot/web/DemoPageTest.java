package faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.corpus.CorpusLoader;
import faqbot.corpus.Passage;
import faqbot.corpus.Slugs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPageTest {

    private static final String ORIGIN = "http://localhost:8080";

    @Test
    void everyPassageOfTheCorpusArticlesHasAHeadingWithItsAnchorOnThePage() throws Exception {
        // The page shows the articles; FAQ sheet entries are cited at their own public pages.
        Path articles = Path.of("corpus", "articles").toAbsolutePath().normalize();
        List<Passage> passages = CorpusLoader.standard().load(Path.of("corpus")).documents().stream()
                .filter(d -> d.source().toAbsolutePath().normalize().startsWith(articles))
                .flatMap(d -> d.passages().stream()).toList();
        org.jsoup.nodes.Document page = Jsoup.parse(new DemoPage(Path.of("corpus")).html(ORIGIN));

        assertThat(passages).isNotEmpty();
        for (Passage passage : passages) {
            Element target = page.getElementById(passage.anchor());
            assertThat(target).as("an element with id %s", passage.anchor()).isNotNull();
            assertThat(target.tagName()).matches("h[1-6]");
        }
    }

    @Test
    void theArticleIsRenderedWithItsTablesAndWithoutItsFrontMatter() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(new DemoPage(Path.of("corpus")).html(ORIGIN));

        assertThat(page.select("article h1")).hasSize(1);
        assertThat(page.select("article table")).isNotEmpty();
        assertThat(page.select("article").text()).doesNotContain("language: en");
        assertThat(page.title()).contains("Kyphoplasty");
    }

    @Test
    void theWidgetIsEmbeddedWithOneScriptTagAndNoInlineScript() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(new DemoPage(Path.of("corpus")).html(ORIGIN));

        assertThat(page.select("script")).hasSize(1);
        Element script = page.selectFirst("script");
        assertThat(script.attr("src")).isEqualTo("/widget.js");
        assertThat(script.hasAttr("defer")).isTrue();
        assertThat(script.data()).isEmpty();
        assertThat(page.select("[style], [onclick], [onload]")).isEmpty();
    }

    @Test
    void theEmbeddingSnippetNamesThisServer() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(new DemoPage(Path.of("corpus")).html("https://faq.example"));

        assertThat(page.select("footer code").text())
                .contains("<script src=\"https://faq.example/widget.js\" data-endpoint=\"https://faq.example\"");
    }

    @Test
    void theEmbeddingSnippetSaysTheSitesOriginMustBeAllowed() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(new DemoPage(Path.of("corpus")).html("https://faq.example"));

        assertThat(page.select("footer").text()).contains("origin").contains("must be allowed").contains("--allowed-origins");
    }

    @Test
    void rawHtmlInAnArticleIsShownAsTextNotRun(@TempDir Path corpus) throws Exception {
        Files.createDirectories(corpus.resolve("articles"));
        Files.writeString(corpus.resolve("articles/a.md"), """
                ---
                title: "A <b>bold</b> title"
                url: https://hospital.example/a
                ---
                # Heading

                <script>alert(1)</script> and [a link](javascript:alert(2)).
                """);

        org.jsoup.nodes.Document page = Jsoup.parse(new DemoPage(corpus).html(ORIGIN));

        assertThat(page.select("article script")).isEmpty();
        assertThat(page.select("article a").attr("href")).doesNotStartWith("javascript");
        assertThat(page.title()).startsWith("A <b>bold</b> title");
        assertThat(page.selectFirst("h1").id()).isEqualTo(Slugs.slug("A <b>bold</b> title"));
    }
}
