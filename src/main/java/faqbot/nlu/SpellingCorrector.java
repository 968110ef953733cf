package faqbot.nlu;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Replaces a word a dictionary (one field of a Lucene index) lacks with the closest word it holds, by Lucene's
 * DirectSpellChecker: "kyphoplatsy" → "kyphoplasty", for search over the content's words and for the names of
 * procedures and topics alike. Common English words ("able") are what the visitor meant, even if the dictionary only
 * has "table".
 *
 * <p>No message makes correcting it costly (issue 15: one 2,000-letter word cost 16-35 s of typo lookup): a word
 * longer than any word a patient means is nobody's misspelling, and a message gets lookups for its first few
 * distinct words only; every other word is left as typed.
 */
public final class SpellingCorrector {

    /** Longer than the medical words patients type ("esophagogastroduodenoscopy" is 26 letters). */
    static final int LONGEST_WORD = 40;
    /** Distinct words a text may have looked up; a question has a handful that are not the dictionary's own. */
    static final int MOST_LOOKUPS = 6;
    /** Distinct words whose need of a lookup is judged (each a cheap test, but not a free one). */
    static final int MOST_JUDGED = 64;

    /**
     * How far a correction may reach: words shorter than {@code minLength} are left alone; below
     * {@code twoEditLength} letters one edit (insertion, deletion, substitution, swap of neighbours) is tolerated,
     * from it two; a correction must score {@code accuracy} or more (Lucene's Levenshtein similarity).
     */
    public record Reach(int minLength, int twoEditLength, float accuracy) {}

    /**
     * For search: two edits can only score 0.7 between words of 7 letters or more (1 - 2 / 7 is 0.71), so shorter
     * words are only looked up one edit away.
     */
    public static final Reach SEARCH = new Reach(4, 7, 0.7f);
    /** For the names of procedures and topics: short words are too easily mistaken for one another. */
    public static final Reach NAMES = new Reach(6, 8, 0.5f);

    /**
     * Misspellings of the dictionary's words repeat ("kyphoplatsy"), and looking for the word meant is the dearest
     * part of correcting, so the word each was read as is kept. Only those: a word that reads as none of the
     * dictionary's words is the visitor's own ("grandson", a name, a condition) and is never kept.
     */
    private static final int MAX_REMEMBERED = 20_000;

    private final Reach reach;
    private final DirectSpellChecker oneEdit;
    private final DirectSpellChecker twoEdits;
    private final Predicate<String> leftAlone;
    private final PartOfSpeech english;
    private final Cache<String, String> remembered = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).executor(Runnable::run).build();

    /** @param leftAlone words that are right although the dictionary lacks them (synonyms, stop words, other forms) */
    public SpellingCorrector(Reach reach, Predicate<String> leftAlone, PartOfSpeech english) {
        this.reach = reach;
        this.oneEdit = checker(1, reach);
        this.twoEdits = checker(2, reach);
        this.leftAlone = leftAlone;
        this.english = english;
    }

    private static DirectSpellChecker checker(int maxEdits, Reach reach) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(reach.minLength());
        checker.setMaxQueryLength(LONGEST_WORD);
        checker.setAccuracy(reach.accuracy());
        return checker;
    }

    /** The words, lower-case, each replaced by its correction in the dictionary's {@code field}, if it has one. */
    public List<String> correct(List<String> words, IndexReader dictionary, String field) {
        Map<String, String> corrections = new HashMap<>();
        for (String word : lookups(words)) {
            corrections.put(word, corrected(word, dictionary, field));
        }
        return words.stream().map(w -> corrections.getOrDefault(w, w)).toList();
    }

    /**
     * The distinct words looked up, in order of first occurrence: of the first {@link #MOST_JUDGED} distinct words no
     * longer than {@link #LONGEST_WORD}, at most {@link #MOST_LOOKUPS} that may be misspelt. Open to the test that
     * bounds a message's work.
     */
    List<String> lookups(List<String> words) {
        Set<String> judged = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String word : words) {
            if (judged.size() == MOST_JUDGED || out.size() == MOST_LOOKUPS) {
                break;
            }
            if (word.length() <= LONGEST_WORD && judged.add(word) && mayBeMisspelt(word)) {
                out.add(word);
            }
        }
        return out;
    }

    private boolean mayBeMisspelt(String word) {
        return word.length() >= reach.minLength() && isWord(word) && !leftAlone.test(word) && !english.isCommonWord(word);
    }

    private String corrected(String word, IndexReader dictionary, String field) {
        String known = remembered.getIfPresent(word);
        if (known != null) {
            return known;
        }
        try {
            Term term = new Term(field, word);
            if (dictionary.docFreq(term) > 0) {
                return word; // the dictionary's own: looked up again next time, cheaply
            }
            DirectSpellChecker fitting = word.codePointCount(0, word.length()) < reach.twoEditLength() ? oneEdit : twoEdits;
            SuggestWord[] suggestions = fitting.suggestSimilar(term, 1, dictionary, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length == 0) {
                return word;
            }
            remembered.put(word, suggestions[0].string);
            return suggestions[0].string;
        } catch (IOException e) {
            return word;
        }
    }

    /** A dictionary of just these words, in a one-document index held in memory. */
    static IndexReader dictionary(String field, Collection<String> words) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Document document = new Document();
        document.add(new TextField(field, String.join(" ", words), Field.Store.NO));
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                writer.addDocument(document);
            }
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index words in memory", e);
        }
    }

    private static boolean isWord(String word) {
        return word.chars().allMatch(Character::isLetter);
    }
}
