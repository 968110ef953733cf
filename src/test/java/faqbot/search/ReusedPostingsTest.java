package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.index.EnglishTextAnalyzer;
import faqbot.index.IndexStore;
import faqbot.index.Synonyms;
import faqbot.testing.TestIndex;
import faqbot.testing.TestMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

class ReusedPostingsTest {

    @Test
    void reusedPostingsScoreEveryPassageAsLucenesOwnTermWeightsDo() throws Exception {
        onTheBundledIndex((reusing, lucenes) -> {
            List<String> messages = messages();
            for (int pass = 0; pass < 2; pass++) { // the second pass reads with readers the first left behind
                for (String message : messages) {
                    assertThat(reusing.hits(message)).as(message).isEqualTo(lucenes.hits(message));
                }
            }
        });
    }

    @Test
    void reusedReadersFindTheSameTermsInEachPassageAsFreshOnes() throws Exception {
        onTheBundledIndex((reusing, lucenes) -> {
            ContentVocabulary vocabulary = ContentVocabulary.of(reusing.searcher().getIndexReader());
            PassageTerms kept = new PassageTerms(reusing.searcher(), vocabulary);
            PassageTerms fresh = new PassageTerms(lucenes.searcher(), vocabulary);
            int[] docs = java.util.stream.IntStream.range(0, reusing.searcher().getIndexReader().maxDoc()).toArray();
            List<String> fields = List.of(faqbot.index.IndexFields.BODY, faqbot.index.IndexFields.HEADING, faqbot.index.IndexFields.QUESTION);
            try (EnglishTextAnalyzer stems = new EnglishTextAnalyzer()) {
                for (String message : messages()) {
                    List<String> terms = faqbot.index.AnalyzedTerms.of(stems, faqbot.index.IndexFields.BODY, message);
                    reusing.hits(message); // a search first, as in a chat turn
                    assertThat(kept.present(docs, terms, fields)).as(message).isEqualTo(fresh.present(docs, terms, fields));
                }
            }
        });
    }

    @Test
    void threadsSearchingAtOnceEachGetTheirOwnReaders() throws Exception {
        onTheBundledIndex((reusing, lucenes) -> {
            List<String> messages = messages();
            Map<String, List<String>> expected = new HashMap<>();
            for (String message : messages) {
                expected.put(message, lucenes.hits(message));
            }
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> wrong = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int offset = t;
                    wrong.add(threads.submit(() -> {
                        List<String> mismatches = new ArrayList<>();
                        for (int i = 0; i < messages.size() * 3; i++) {
                            String message = messages.get((i * 7 + offset) % messages.size());
                            if (!reusing.hits(message).equals(expected.get(message))) {
                                mismatches.add(message);
                            }
                        }
                        return mismatches;
                    }));
                }
                for (Future<List<String>> result : wrong) {
                    assertThat(result.get()).isEmpty();
                }
            } finally {
                threads.shutdownNow();
            }
        });
    }

    /** A searcher with the query factory that builds its queries (weights are kept per factory). */
    private record Searching(PreparedSearcher searcher, QueryFactory queries) {
        /** Every passage with its exact score, best first. */
        List<String> hits(String message) throws Exception {
            Query query = queries.build(message);
            if (query == null) {
                return List.of();
            }
            return Arrays.stream(searcher.top(query, 100).scoreDocs).map(d -> d.doc + ":" + Float.floatToIntBits(d.score)).toList();
        }
    }

    private interface Check {
        void run(Searching reusing, Searching lucenes) throws Exception;
    }

    private static void onTheBundledIndex(Check check) throws Exception {
        Path generation = TestIndex.bundled().index().use(PassageIndex::generationDir);
        try (FSDirectory directory = FSDirectory.open(generation.resolve(IndexStore.LUCENE_DIR));
                DirectoryReader reader = DirectoryReader.open(directory);
                EnglishTextAnalyzer analyzer = new EnglishTextAnalyzer(Synonyms.load(generation.resolve(IndexStore.SYNONYMS_FILE)))) {
            ContentVocabulary vocabulary = ContentVocabulary.of(reader);
            PreparedSearcher reusing = new PreparedSearcher(reader, true);
            PreparedSearcher lucenes = new PreparedSearcher(reader, false);
            check.run(new Searching(reusing, new QueryFactory(analyzer, reusing, vocabulary)),
                    new Searching(lucenes, new QueryFactory(analyzer, lucenes, vocabulary)));
        }
    }

    private static List<String> messages() {
        return TestMessages.patients();
    }
}
