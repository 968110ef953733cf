package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TestIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class SpellingCorrectionTest {

    @Test
    void aMisspelledMedicalTermIsReadAsTheWordTheContentUses() {
        assertThat(query("kyphoplatsy risks")).contains("kyphoplasti");
    }

    @Test
    void aCommonEnglishWordIsKeptEvenIfTheContentNeverUsesIt() {
        // "able" is one edit from "table", which the article uses; the visitor meant "able".
        assertThat(query("will i be able to walk")).doesNotContain("tabl");
    }

    private static String query(String text) {
        return TestIndex.bundled().index().use(idx -> {
            try {
                return String.valueOf(idx.queryFor(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
