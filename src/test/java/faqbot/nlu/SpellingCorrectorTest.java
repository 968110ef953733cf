package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Misspellings read as the dictionary's words, within a reach; and no message gets more than a few lookups. */
class SpellingCorrectorTest {

    private static final IndexReader DICTIONARY = SpellingCorrector.dictionary("word",
            List.of("kyphoplasty", "vertebroplasty", "cement", "fracture", "table"));
    private static final SpellingCorrector NAMES = new SpellingCorrector(SpellingCorrector.NAMES, Set.of("leak")::contains,
            PartOfSpeech.english());
    private static final SpellingCorrector SEARCH = new SpellingCorrector(SpellingCorrector.SEARCH, Set.of("inject")::contains,
            PartOfSpeech.english());

    private static String corrected(SpellingCorrector corrector, String word) {
        return corrector.correct(List.of(word), DICTIONARY, "word").get(0);
    }

    @Test
    void aMisspellingWithinTwoEditsOfALongWordIsReadAsIt() {
        assertThat(corrected(NAMES, "kyphoplatsy")).isEqualTo("kyphoplasty");      // two neighbours swapped: one edit
        assertThat(corrected(NAMES, "vertebroplsty")).isEqualTo("vertebroplasty"); // a letter missing
        assertThat(corrected(NAMES, "fractrue")).isEqualTo("fracture");
        assertThat(corrected(NAMES, "kyphoplastyy")).isEqualTo("kyphoplasty");     // a letter too many
    }

    @Test
    void aShortWordToleratesOneEditOnly() {
        assertThat(corrected(NAMES, "cemant")).isEqualTo("cement");
        assertThat(corrected(NAMES, "cemxnx")).isEqualTo("cemxnx");
    }

    @Test
    void wordsLeftAloneShortWordsAndCommonEnglishWordsAreNeverCorrected() {
        assertThat(corrected(NAMES, "leak")).isEqualTo("leak");
        assertThat(corrected(SEARCH, "inject")).isEqualTo("inject");
        assertThat(corrected(NAMES, "grandmother")).isEqualTo("grandmother");
        assertThat(corrected(SEARCH, "able")).isEqualTo("able"); // one edit from "table", but what the visitor meant
    }

    @Test
    void aRepeatedMisspellingIsLookedUpOnce() {
        assertThat(SEARCH.lookups(List.of("kyphoplatsy", "kyphoplatsy", "kyphoplatsy"))).containsExactly("kyphoplatsy");
    }

    @ParameterizedTest
    @MethodSource("faqbot.bench.AdversarialMessages#all")
    void aMessageHasAFewDistinctShortWordsLookedUp(String message) {
        List<String> words = List.of(TextNormaliser.tokens(message));

        assertThat(SEARCH.lookups(words)).hasSizeLessThanOrEqualTo(SpellingCorrector.MOST_LOOKUPS).doesNotHaveDuplicates()
                .allMatch(word -> word.length() <= SpellingCorrector.LONGEST_WORD);
    }
}
