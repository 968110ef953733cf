package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Function words typed with a letter left out are read as meant; nothing else is touched. */
class DroppedLettersTest {

    private static final DroppedLetters TYPED_ON_A_PHONE = new DroppedLetters(
            Set.of("what", "want", "how", "which", "its", "the", "then"), Set.of("wat")::contains);
    private static final DroppedLetters NOTHING_KNOWN = new DroppedLetters(
            Set.of("what", "want", "how", "which", "its", "the", "then"), word -> false);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "hw,    how",   // a letter left out
            "wich,  which",
            "wat,   want",  // two function words fit: the first in alphabetical order, either says nothing of the topic
            "the,   the",   // a function word as typed stays itself
            "ibs,   ibs",   // a letter changed ("its") is no dropped letter
            "knee,  knee"})
    void aFunctionWordWithALetterLeftOutIsReadAsMeant(String typed, String read) {
        assertThat(NOTHING_KNOWN.restored(List.of(typed))).containsExactly(read);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({"wat"})
    void aWordTheContentOrEnglishKnowsIsLeftAsTyped(String typed) {
        assertThat(TYPED_ON_A_PHONE.restored(List.of(typed))).containsExactly(typed);
    }
}
