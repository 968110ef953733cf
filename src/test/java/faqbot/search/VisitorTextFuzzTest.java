package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import faqbot.app.Faqbot;
import faqbot.dialog.ChatReply;
import faqbot.testing.TestIndex;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Whatever a visitor types, the search builds a bounded query and the chat answers: no exception, no clause explosion.
 * Under {@code mvn test} Jazzer replays the inputs in {@code VisitorTextFuzzTestInputs/} (regression mode); with
 * {@code JAZZER_FUZZ=1} it fuzzes for new ones (see "Operating faqbot" in the README).
 */
class VisitorTextFuzzTest {

    /** The longest message the chat API accepts. */
    private static final int MAX_MESSAGE = 2000;

    @FuzzTest(maxDuration = "5m")
    void anyVisitorTextBecomesABoundedQueryAndAReply(FuzzedDataProvider data) throws IOException {
        String text = data.consumeString(MAX_MESSAGE);
        Faqbot faqbot = TestIndex.bundled();
        Query query = faqbot.index().use(idx -> queryFor(idx, text));
        if (query != null) {
            assertThat(leafClauses(query)).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
        }
        SearchResult result = faqbot.index().use(idx -> idx.search(text, 5));
        assertThat(result.hits()).hasSizeLessThanOrEqualTo(5);
        if (!text.isBlank()) {
            ChatReply reply = faqbot.chat().reply(text, null);
            assertThat(reply.type()).isNotNull();
            assertThat(reply.answer()).isNotBlank();
        }
    }

    private static Query queryFor(PassageIndex idx, String text) {
        try {
            return idx.queryFor(text);
        } catch (IOException e) {
            throw new AssertionError("building the query failed", e);
        }
    }

    /** Term-level clauses, counted the way Lucene's clause limit counts them. */
    static int leafClauses(Query query) {
        AtomicInteger count = new AtomicInteger();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count.addAndGet(terms.length);
            }

            @Override
            public void visitLeaf(Query q) {
                count.incrementAndGet();
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count.get();
    }
}
