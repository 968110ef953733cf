package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TypoIndexTest {

    private final TypoIndex typos = new TypoIndex(Set.of("kyphoplasty", "vertebroplasty", "cement", "fracture", "leak"), 6, 8);

    @Test
    void aMisspellingWithinTwoEditsOfALongWordIsReadAsIt() {
        assertThat(typos.nearest("kyphoplatsy")).contains("kyphoplasty");   // two neighbours swapped: one edit
        assertThat(typos.nearest("vertebroplsty")).contains("vertebroplasty"); // a letter missing
        assertThat(typos.nearest("fractrue")).contains("fracture");
        assertThat(typos.nearest("kyphoplastyy")).contains("kyphoplasty");  // a letter too many
    }

    @Test
    void aShortWordToleratesOneEditOnly() {
        assertThat(typos.nearest("cemant")).contains("cement");
        assertThat(typos.nearest("cemxnx")).isEmpty();
    }

    @Test
    void shortListedWordsAndFarWordsAreNeverReadIntoATypo() {
        assertThat(typos.nearest("leaked")).isEmpty();   // "leak" is too short to be read into
        assertThat(typos.nearest("grandmother")).isEmpty();
    }

    @Test
    void theNearestOfTwoCandidatesWinsWhateverTheirOrder() {
        TypoIndex close = new TypoIndex(Set.of("abcdefgh", "abcdefgx"), 6, 8);

        assertThat(close.nearest("abcdefgx")).contains("abcdefgx");
        assertThat(close.nearest("abcdefgy")).contains("abcdefgh"); // both one edit away: the first A-Z
    }
}
