package faqbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageReaderTest {

    @TempDir
    Path corpus;

    private final HtmlPageReader reader = new HtmlPageReader();

    @Test
    void keepsTheMainContentCutAtHeadingsAndDropsThePageFurniture() throws Exception {
        Path file = CorpusFiles.write(corpus, "pages/hip-surgery.html", """
                <!doctype html>
                <html><head><title>Hip surgery | Hospital</title>
                <link rel="canonical" href="https://h.example/hip">
                <script>var tracking = 1;</script></head>
                <body>
                <nav><a href="/">Home</a> Menu items</nav>
                <main>
                  <h1>Hip surgery</h1>
                  <p>What to expect when you have <b>hip</b> surgery.</p>
                  <h2 id="before">Before the operation</h2>
                  <ul><li>Stop eating at midnight.</li><li>Bring your <em>medicines</em>.</li></ul>
                  <h2>Costs &amp; coverage</h2>
                  <div>Most plans cover it.</div>
                  <h3>Prices</h3>
                  <table><tr><th>Item</th><th>Price</th></tr><tr><td>Surgery</td><td>$20,000</td></tr></table>
                  <form><input name="q"> Search</form>
                </main>
                <footer>Copyright the hospital</footer>
                </body></html>
                """);

        Document doc = reader.read(file);

        assertThat(doc.title()).isEqualTo("Hip surgery");
        assertThat(doc.url()).isEqualTo("https://h.example/hip");
        assertThat(doc.passages()).extracting(Passage::anchor)
                .containsExactly("hip-surgery", "before", "costs-coverage", "costs-coverage--prices");
        assertThat(doc.passages()).extracting(Passage::text).containsExactly(
                "What to expect when you have hip surgery.",
                "- Stop eating at midnight.\n- Bring your medicines.",
                "Most plans cover it.",
                "Surgery — Price: $20,000.");
        assertThat(doc.passages().get(3).section()).isEqualTo("Costs & coverage › Prices");
        assertThat(String.join(" ", doc.passages().stream().map(Passage::text).toList()))
                .doesNotContain("Menu", "Copyright", "tracking", "Search");
        assertThat(doc.lineOf("hip-surgery/before")).isEqualTo(10);
    }

    @Test
    void takesTheAddressAndTitleFromFrontMatter() throws Exception {
        Path file = CorpusFiles.write(corpus, "pages/visit.html", """
                ---
                title: Visiting hours
                url: https://h.example/visit
                ---
                <h2>Evenings</h2>
                <p>Until 8 pm.</p>
                """);

        Document doc = reader.read(file);

        assertThat(doc.title()).isEqualTo("Visiting hours");
        assertThat(doc.passages().get(0).citationUrl()).isEqualTo("https://h.example/visit#evenings");
        assertThat(doc.lineOf("visit/evenings")).isEqualTo(5);
    }

    @Test
    void takesTheAnchorOfALinkTargetInsideAHeading() throws Exception {
        Path file = CorpusFiles.write(corpus, "pages/old.html", """
                <html><head><link rel="canonical" href="https://h.example/old"><title>Old page</title></head><body>
                <h2><a name="parking"></a>Where to park</h2><p>Car park B.</p>
                <h2><span id="cafe">Food</span></h2><div>Ground floor<br>open daily</div>
                </body></html>
                """);

        Document doc = reader.read(file);

        assertThat(doc.passages()).extracting(Passage::anchor).containsExactly("parking", "cafe");
        assertThat(doc.passages().get(1).text()).isEqualTo("Ground floor\nopen daily");
    }

    @Test
    void rejectsAPageWithoutAnAddress() {
        Path file = CorpusFiles.write(corpus, "pages/x.html", "<title>X</title><p>Text</p>");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CorpusException.class, e ->
                assertThat(e.getMessage()).contains("x.html:1: error: the page has no public address"));
    }

    @Test
    void reportsEmptySectionsAndRepeatedAnchorsTogether() {
        Path file = CorpusFiles.write(corpus, "pages/x.html", """
                <link rel="canonical" href="https://h.example/x"><title>X</title>
                <h2>Empty</h2>
                <h2 id="a">One</h2><p>1</p>
                <h2 id="a">Two</h2><p>2</p>
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CorpusException.class, e ->
                assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 4));
    }
}
