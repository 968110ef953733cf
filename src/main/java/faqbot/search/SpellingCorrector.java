package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import faqbot.index.EnglishTextAnalyzer;
import faqbot.index.IndexFields;
import faqbot.nlu.LookupLimits;
import faqbot.nlu.PartOfSpeech;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Replaces words the content never uses with the closest word it does ("kyphoplatsy" → "kyphoplasty"), so
 * misspelled medical terms still find their passage. Words the synonym list knows are left for the synonyms, and
 * common English words ("able") are what the visitor meant, even if the content never uses them ("table").
 */
final class SpellingCorrector {

    private static final int MIN_LENGTH = 4;

    /**
     * Misspellings of the content's words repeat ("kyphoplatsy"), and looking for the word meant is the dearest part
     * of correcting, so the word each was read as is kept. Only those: a word the content does not know and that
     * reads as none of its words is the visitor's own ("grandson", a name, a condition) and is never kept.
     */
    private static final int MAX_REMEMBERED = 20_000;

    /**
     * Two edits can only be suggested between words of 7 letters or more: a candidate two edits away scores 1 - 2 /
     * (the shorter length), under the accuracy of 0.7 below that. Looking for them anyway was the dearest part of a
     * turn with a short word the content lacks (an FST walk per such word and turn), so short words get a checker that
     * looks one edit away only; its suggestions are the same.
     */
    private static final int TWO_EDITS_LENGTH = 7;

    private final DirectSpellChecker checker = checker(2);
    private final DirectSpellChecker oneEdit = checker(1);
    private final Cache<String, String> remembered = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).executor(Runnable::run).build();
    private final Set<String> synonymWords;
    private final Analyzer stemmer;

    /** The terms of every searched field: a word whose stem is one of them is the content's, whatever field says it. */
    private final ContentVocabulary vocabulary;

    SpellingCorrector(Set<String> synonymWords, Analyzer stemmer, ContentVocabulary vocabulary) {
        this.synonymWords = Set.copyOf(synonymWords);
        this.vocabulary = vocabulary;
        this.stemmer = stemmer;
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setAccuracy(0.7f);
        return checker;
    }

    List<String> correct(List<String> words, IndexReader reader) throws IOException {
        Map<String, String> corrections = new HashMap<>();
        for (String word : lookups(words)) {
            corrections.put(word, remembered(word, reader));
        }
        return words.stream().map(w -> corrections.getOrDefault(w, w)).toList();
    }

    /** The words looked up, within the {@link LookupLimits}; open to the test that bounds a message's work. */
    List<String> lookups(List<String> words) {
        return LookupLimits.toLookUp(words, word -> word.length() >= MIN_LENGTH && !synonymWords.contains(word)
                && !isStopWord(word) && isWord(word) && !PartOfSpeech.english().isCommonWord(word));
    }

    private String remembered(String word, IndexReader reader) {
        String known = remembered.getIfPresent(word);
        if (known != null) {
            return known;
        }
        try {
            Term term = new Term(IndexFields.SPELLING, word);
            if (reader.docFreq(term) > 0 || stemIsKnown(word)) {
                return word; // a content word: looked up again next time, cheaply
            }
            DirectSpellChecker fitting = word.codePointCount(0, word.length()) < TWO_EDITS_LENGTH ? oneEdit : checker;
            SuggestWord[] suggestions = fitting.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length == 0) {
                return word;
            }
            remembered.put(word, suggestions[0].string);
            return suggestions[0].string;
        } catch (IOException e) {
            return word;
        }
    }

    /**
     * "inject" is no typo just because the content only says "injected", nor is a disease's other name that only an
     * FAQ entry's focus names ("spondylarthritis").
     */
    private boolean stemIsKnown(String word) {
        for (String stem : Analysis.terms(stemmer, IndexFields.BODY, word)) {
            if (vocabulary.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStopWord(String word) {
        return EnglishTextAnalyzer.stopWords().contains(word);
    }

    private static boolean isWord(String word) {
        return word.chars().allMatch(Character::isLetter);
    }
}
