package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.index.EnglishTextAnalyzer;
import faqbot.index.IndexFields;
import faqbot.index.SpellingAnalyzer;
import faqbot.nlu.LookupLimits;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No message makes spelling correction look up more than a few short words (issue 15), counted, not timed. */
class SpellingWorkTest {

    private static final SpellingCorrector CORRECTOR = corrector();

    private static SpellingCorrector corrector() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SpellingAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField(IndexFields.SPELLING, "kyphoplasty cement fracture", Field.Store.NO));
            doc.add(new TextField(IndexFields.BODY, "kyphoplasti cement fractur", Field.Store.NO));
            writer.addDocument(doc);
            writer.commit();
            return new SpellingCorrector(Set.of(), new EnglishTextAnalyzer(), ContentVocabulary.of(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("faqbot.bench.AdversarialMessages#all")
    void aMessageHasAFewDistinctShortWordsLookedUp(String message) {
        List<String> words = Analysis.terms(new SpellingAnalyzer(), IndexFields.BODY, message);

        assertThat(CORRECTOR.lookups(words)).hasSizeLessThanOrEqualTo(LookupLimits.MOST_LOOKUPS).doesNotHaveDuplicates()
                .allMatch(word -> word.length() <= LookupLimits.LONGEST_WORD);
    }

    @Test
    void aRepeatedMisspellingIsLookedUpOnce() {
        assertThat(CORRECTOR.lookups(List.of("kyphoplatsy", "kyphoplatsy", "kyphoplatsy"))).containsExactly("kyphoplatsy");
    }
}
