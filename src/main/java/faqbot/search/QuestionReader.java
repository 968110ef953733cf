package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import faqbot.index.AnalyzedTerms;
import faqbot.index.EnglishTextAnalyzer;
import faqbot.index.IndexFields;
import faqbot.index.SpellingAnalyzer;
import faqbot.index.StopWords;
import faqbot.nlu.PartOfSpeech;
import faqbot.nlu.SpellingCorrector;
import java.io.Closeable;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;

/** Reads a visitor's text as a {@link Question}: noise stripped, filler dropped, spelling corrected, words weighed. */
final class QuestionReader implements Closeable {

    /** Visitors' words beyond this many say little more and only make the query slower. */
    static final int MAX_QUERY_WORDS = 32;

    private final IndexReader reader;
    private final Analyzer queryAnalyzer;
    private final Analyzer passageAnalyzer = new EnglishTextAnalyzer();
    private final Analyzer words = new SpellingAnalyzer();
    private final SpellingCorrector speller;
    private final DroppedLetters droppedLetters;
    private final QuestionWeights weights;
    private final PartOfSpeech english;
    /**
     * Context words as read, by their text. They come from the corpus (a topic's words, a heading), never from the
     * visitor, so there are few of them; reading them afresh was a third of a turn that carries a topic.
     */
    private final Cache<String, Part> contexts = Caffeine.newBuilder().maximumSize(MAX_CONTEXTS_KEPT).build();
    private static final int MAX_CONTEXTS_KEPT = 4096;

    QuestionReader(Generation generation) {
        this.reader = generation.reader;
        this.queryAnalyzer = generation.queryAnalyzer;
        ContentTerms vocabulary = generation.terms;
        // "inject" is no typo just because the content only says "injected", nor is a disease's other name that only
        // an FAQ entry's focus names ("spondylarthritis"); stop words are never misspelled.
        this.speller = new SpellingCorrector(SpellingCorrector.SEARCH, word -> generation.synonymWords.contains(word)
                || EnglishTextAnalyzer.stopWords().contains(word) || stemIsKnown(word, vocabulary), generation.english);
        this.droppedLetters = new DroppedLetters(functionWords(), word -> generation.synonymWords.contains(word)
                || stemIsKnown(word, vocabulary) || generation.english.isCommonWord(word));
        this.weights = new QuestionWeights(reader, generation.terms);
        this.english = generation.english;
    }

    /**
     * @param context words searched with the text (a topic carried over, the last heading): hits say separately how
     *     much of the text alone they cover
     */
    Question read(String text, String context) {
        Part asked = part(text);
        if (context.isBlank()) {
            return new Question(asked.stripped(), List.of(asked.corrected()), asked.terms(), asked.terms());
        }
        Part more = contexts.get(context, this::part);
        return new Question(asked.stripped(), List.of(asked.corrected(), more.corrected()), asked.terms().and(more.terms()),
                asked.terms());
    }

    /** One text read: with its noise stripped, its words corrected, and its terms weighed. */
    private record Part(String stripped, String corrected, QuestionTerms terms) {}

    private Part part(String text) {
        String stripped = QuestionNoise.strip(text);
        List<String> typed = corrected(stripped);
        String corrected = String.join(" ", typed);
        List<Analysis.WordGroup> groups = Analysis.groupsByWord(queryAnalyzer, IndexFields.BODY, corrected);
        double[] weighed = weights.weigh(groups, english.tag(typed));
        return new Part(stripped, corrected, new QuestionTerms(groups.stream().map(Analysis.WordGroup::terms).toList(), weighed, passageAnalyzer));
    }

    /** The visitor's words, lower-cased, at most {@link #MAX_QUERY_WORDS}, with misspellings corrected. */
    private List<String> corrected(String text) {
        List<String> typed = AnalyzedTerms.of(words, IndexFields.BODY, text).stream().filter(w -> !StopWords.FILLER.contains(w)).toList();
        List<String> restored = droppedLetters.restored(typed.subList(0, Math.min(typed.size(), MAX_QUERY_WORDS)));
        return speller.correct(restored, reader, IndexFields.SPELLING);
    }

    private static java.util.Set<String> functionWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Object word : EnglishTextAnalyzer.stopWords()) {
            words.add(new String((char[]) word));
        }
        return words;
    }

    private boolean stemIsKnown(String word, ContentTerms vocabulary) {
        return AnalyzedTerms.of(passageAnalyzer, IndexFields.BODY, word).stream().anyMatch(vocabulary::contains);
    }

    @Override
    public void close() {
        passageAnalyzer.close();
        words.close();
    }
}
