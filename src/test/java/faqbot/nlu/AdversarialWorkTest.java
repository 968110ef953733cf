package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No message makes the per-word work of understanding it large (issue 15): counted in lookups and probes, not time.
 * One 2,000-letter word used to make about two million deletion strings of itself.
 */
class AdversarialWorkTest {

    /** A typo lookup probes the word and its one- and two-letter deletions: for 20 letters, 1 + 20 + 190. */
    private static final int PROBES_OF_A_20_LETTER_WORD = 211;

    private static final EntityRecognizer ENTITIES = entities();

    private static EntityRecognizer entities() {
        try {
            return EntityRecognizer.load(Path.of("corpus/entities.txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("faqbot.bench.AdversarialMessages#all")
    void aMessageHasAFewShortWordsLookedUpForTypos(String message) {
        List<String> lookedUp = ENTITIES.typoLookups(message);

        assertThat(lookedUp).hasSizeLessThanOrEqualTo(LookupLimits.MOST_LOOKUPS).doesNotHaveDuplicates()
                .allMatch(word -> word.length() <= LookupLimits.LONGEST_WORD);
        assertThat(lookedUp.stream().mapToInt(ENTITIES::typoProbes).sum())
                .isLessThanOrEqualTo(LookupLimits.MOST_LOOKUPS * PROBES_OF_A_20_LETTER_WORD);
    }

    @ParameterizedTest
    @MethodSource("faqbot.bench.AdversarialMessages#all")
    void aMessageOfManyClausesIsClassifiedAFewTimesAtMost(String message) {
        assertThat(MessageParts.of(message).size()).isLessThanOrEqualTo(MessageParts.MOST_CLAUSES + 2);
    }

    @ParameterizedTest
    @MethodSource("faqbot.bench.AdversarialMessages#all")
    void aWordLongerThanEveryListedWordIsNotProbedAtAll(String message) {
        String longest = message.replaceAll("[^a-z]", "");
        if (longest.length() > 20) {
            assertThat(ENTITIES.typoProbes(longest)).isZero();
        }
    }
}
