package faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Checks on the widget's source that a browser test would not notice. */
class WidgetScriptTest {

    private static final Path WIDGET = Path.of("web", "widget.js");

    private static String source() throws IOException {
        return Files.readString(WIDGET, StandardCharsets.UTF_8);
    }

    @Test
    void staysUnder36KilobytesUnminified() throws IOException {
        // 25 KB until issue 18 added every UI string (for translation), the clinic's numbers and the modal phone panel
        assertThat(Files.size(WIDGET)).isLessThan(36 * 1024);
    }

    @Test
    void neverParsesTextAsHtmlOrCode() throws IOException {
        assertThat(source()).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                "eval(", "new Function", "setTimeout('", "setTimeout(\"");
    }

    @Test
    void keepsNothingBeyondTheBrowserSession() throws IOException {
        assertThat(source()).doesNotContain("localStorage", "document.cookie", "indexedDB");
    }

    @Test
    void neverSetsInlineStyleAttributesThatAStrictCspWouldBlock() throws IOException {
        assertThat(source()).doesNotContain("setAttribute('style'", "setAttribute(\"style\"", "cssText");
    }
}
