package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.index.EnglishTextAnalyzer;
import faqbot.index.IndexStore;
import faqbot.index.Synonyms;
import faqbot.testing.TestIndex;
import faqbot.testing.TestMessages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

class AbsentTermsTest {

    @Test
    void leavingOutWhatAFieldLacksChangesNoPassagesScore() throws Exception {
        onTheBundledIndex((searcher, leavingOut, copyingAll) -> {
            List<String> messages = messages();
            for (String message : messages) {
                Query lean = leavingOut.build(message);
                Query full = copyingAll.build(message);
                if (full == null) {
                    assertThat(lean).as(message).isNull();
                    continue;
                }
                assertThat(hits(searcher, lean)).as(message).isEqualTo(hits(searcher, full));
            }
            assertThat(messages).hasSizeGreaterThan(300);
        });
    }

    @Test
    void aSynonymTheContentNeverUsesIsNotSearched() throws Exception {
        onTheBundledIndex((searcher, leavingOut, copyingAll) -> {
            String lean = String.valueOf(leavingOut.build("is it covered by medicaid"));
            String full = String.valueOf(copyingAll.build("is it covered by medicaid"));

            assertThat(full).contains("body:medicaid");
            assertThat(lean).doesNotContain("medicaid").contains("body:insur");
        });
    }

    private interface Check {
        void run(PreparedSearcher searcher, QueryFactory leavingOut, QueryFactory copyingAll) throws Exception;
    }

    /** Runs the check with query factories that leave out absent terms and that copy everything, on one searcher. */
    private static void onTheBundledIndex(Check check) throws Exception {
        Path generation = TestIndex.bundled().index().use(PassageIndex::generationDir);
        try (FSDirectory directory = FSDirectory.open(generation.resolve(IndexStore.LUCENE_DIR));
                DirectoryReader reader = DirectoryReader.open(directory);
                EnglishTextAnalyzer analyzer = new EnglishTextAnalyzer(Synonyms.load(generation.resolve(IndexStore.SYNONYMS_FILE)))) {
            PreparedSearcher searcher = new PreparedSearcher(reader);
            ContentVocabulary vocabulary = ContentVocabulary.of(reader);
            check.run(searcher, new QueryFactory(analyzer, searcher, vocabulary, true), new QueryFactory(analyzer, searcher, vocabulary, false));
        }
    }

    /** Every passage with its score, best first, exactly as searched. */
    private static List<String> hits(PreparedSearcher searcher, Query query) throws Exception {
        ScoreDoc[] top = searcher.top(query, 100).scoreDocs;
        return Arrays.stream(top).map(d -> d.doc + ":" + Float.floatToIntBits(d.score)).toList();
    }

    private static List<String> messages() {
        return TestMessages.patients();
    }
}
