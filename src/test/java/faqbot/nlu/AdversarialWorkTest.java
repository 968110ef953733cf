package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No message makes the per-word work of understanding it large (issue 15), counted in lookups and classifications,
 * not time. One 2,000-letter word used to make about two million deletion strings of itself.
 */
class AdversarialWorkTest {

    private static final EntityRecognizer ENTITIES = entities();

    private static EntityRecognizer entities() {
        try {
            return EntityRecognizer.load(Path.of("corpus/entities.txt"), java.util.Map.of(), PartOfSpeech.english(), word -> false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("faqbot.bench.AdversarialMessages#all")
    void aMessageHasAFewDistinctShortWordsLookedUpForTypos(String message) {
        List<String> lookedUp = ENTITIES.typoLookups(message);

        assertThat(lookedUp).hasSizeLessThanOrEqualTo(SpellingCorrector.MOST_LOOKUPS).doesNotHaveDuplicates()
                .allMatch(word -> word.length() <= SpellingCorrector.LONGEST_WORD);
    }

    @ParameterizedTest
    @MethodSource("faqbot.bench.AdversarialMessages#all")
    void aMessageOfManyClausesIsClassifiedAFewTimesAtMost(String message) {
        assertThat(MessageParts.of(message)).hasSizeLessThanOrEqualTo(MessageParts.MOST_CLAUSES + 2);
    }
}
