package faqbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.Tokens;
import java.io.StringReader;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input → tokens, for the passage (index-time) and the visitor (query-time, with synonyms) analyzers. */
class EnglishTextAnalyzerTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "What is Kyphoplasty?|kyphoplasti",
        "The patient’s vertebrae were fractured|patient vertebra fractur",
        "How much does it cost?|cost",
        "Can I have it at my age?|ag",
        "Anesthésie and sedation|anesthesi sedat",
    })
    void passagesAndQuestionsAreReducedToTheirTopicalStems(String input, String tokens) {
        assertThat(Tokens.of(new EnglishTextAnalyzer(), input)).isEqualTo(tokens);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "the balloon one|balloon kyphoplasti",
        "kyphoplatsy|kyphoplasti",
        "is it pricey|pricei cost",
    })
    void patientsWordsAreExpandedWithSynonymsAtQueryTime(String input, String tokensInAnyOrder) throws Exception {
        SynonymMap synonyms = Synonyms.parse(new StringReader(
                "balloon one, balloon procedure => kyphoplasty, balloon\nkyphoplatsy => kyphoplasty\npricey => pricey, cost\n"));
        assertThat(Tokens.of(new EnglishTextAnalyzer(synonyms), input).split(" "))
                .containsExactlyInAnyOrder(tokensInAnyOrder.split(" "));
    }
}
