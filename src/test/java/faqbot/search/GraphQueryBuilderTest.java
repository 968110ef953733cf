package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.testing.TestIndex;
import faqbot.testing.TestMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class GraphQueryBuilderTest {

    private static final int MEDQUAD_QUESTIONS = 3000;

    @Test
    void everyQuestionBecomesTheQueryLucenesOwnBuilderMakes() {
        List<String> messages = messages();

        for (String message : messages) {
            Query[] both = wordQueries(message);
            assertThat(both[0]).as(message).isEqualTo(both[1]);
            // The same clauses in the same order: scores are summed in clause order.
            assertThat(String.valueOf(both[0])).as(message).isEqualTo(String.valueOf(both[1]));
        }
        assertThat(messages).hasSizeGreaterThan(500);
    }

    @Test
    void multiWordSynonymsNextToEachOtherAndAfterRemovedWordsAgreeToo() {
        for (String message : List.of("is the health plan or the insurance company paying",
                "the the after surgery after the procedure post procedure", "side effects go wrong goes wrong",
                "what what what", "", "?", "insurance insurance insurance company health plan plan")) {
            Query[] both = wordQueries(message);
            assertThat(String.valueOf(both[0])).as(message).isEqualTo(String.valueOf(both[1]));
        }
    }

    @Test
    void aQuestionWithAMultiWordSynonymBecomesAGraphOfItsWordings() {
        Query[] both = wordQueries("is it covered by my insurance company");

        assertThat(String.valueOf(both[0])).contains("+body:insur +body:compani");
    }

    private static Query[] wordQueries(String message) {
        return TestIndex.bundled().index().use(idx -> {
            try {
                return idx.wordQueries(message);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> messages() {
        List<String> messages = new ArrayList<>(TestMessages.patients());
        messages.addAll(TestMessages.medquad(MEDQUAD_QUESTIONS));
        return messages;
    }
}
