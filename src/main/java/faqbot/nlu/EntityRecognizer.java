package faqbot.nlu;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.List;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;
import org.apache.lucene.index.IndexReader;

/**
 * Finds the procedures and topics a message names, as phrases of stemmed words (OpenNLP's Porter stemmer), from the
 * content team's list in {@code corpus/entities.txt}.
 */
public final class EntityRecognizer {

    private static final String PROCEDURE = "procedure";

    /** The field of {@link #listedWords}. */
    private static final String WORD = "word";

    /** Every listed phrase, by its first word. */
    private final Map<String, List<Phrase>> byFirstWord;
    private final Set<String> vocabulary;
    /** "topic/risks" → "risk": the first phrase listed, the words to search with when the topic is carried over. */
    private final Map<String, String> searchWords;
    private final List<String> procedureOrder;
    /** Entities of the content's own text (headings, FAQ questions), which ranking asks about on every turn. */
    private final Cache<String, Entities> contentEntities = Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();
    /** The listed words, as a one-document Lucene index: the dictionary misspellings are corrected against. */
    private final IndexReader listedWords;
    private final SpellingCorrector speller;

    /**
     * A listed phrase (stemmed words) and the entity it names. A message names an entity when one of its phrases
     * occurs in it: OpenNLP's DictionaryNameFinder, scanning for the longest phrase from each word on, finds a kind
     * exactly then, so the phrases are looked up by their first word and compared in place. The phrases are plain
     * lists, not OpenNLP's dictionary: its StringList keys intern every word looked up in a table that is never
     * emptied, which kept visitors' words for the life of the process.
     */
    private record Phrase(List<String> words, boolean procedure, String name) {
        boolean occursAt(String[] tokens, int start) {
            if (start + words.size() > tokens.length) {
                return false;
            }
            for (int i = 1; i < words.size(); i++) {
                if (!words.get(i).equals(tokens[start + i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private EntityRecognizer(Map<String, List<Phrase>> byFirstWord, Set<String> vocabulary, Map<String, String> searchWords,
            List<String> procedureOrder, PartOfSpeech english, Predicate<String> contentWords) {
        this.procedureOrder = List.copyOf(procedureOrder);
        this.byFirstWord = Map.copyOf(byFirstWord);
        this.vocabulary = Set.copyOf(vocabulary);
        this.searchWords = Map.copyOf(searchWords);
        // Shorter listed words are too easily mistaken for one another to read a misspelling into.
        this.listedWords = SpellingCorrector.dictionary(WORD,
                this.vocabulary.stream().filter(w -> w.length() >= SpellingCorrector.NAMES.minLength()).toList());
        // A word the content itself uses ("vertebra") is no misspelling of a name ("vertebroplasty").
        this.speller = new SpellingCorrector(SpellingCorrector.NAMES, word -> this.vocabulary.contains(word) || contentWords.test(word),
                english);
    }

    /**
     * An empty recognizer when the file is absent: entities are optional content.
     *
     * @param english whose common words are never read as misspellings of a listed word
     * @param contentWords whether the content uses a word (lower case), which then is no misspelling either
     */
    public static EntityRecognizer load(Path file, PartOfSpeech english, Predicate<String> contentWords) throws IOException {
        if (!Files.exists(file)) {
            return new EntityRecognizer(Map.of(), Set.of(), Map.of(), List.of(), english, contentWords);
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), english, contentWords);
    }

    static EntityRecognizer parse(List<String> lines, String source, PartOfSpeech english, Predicate<String> contentWords) {
        Map<String, Set<List<String>>> byType = new HashMap<>();
        Set<String> vocabulary = new HashSet<>();
        Map<String, String> searchWords = new HashMap<>();
        List<String> procedures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).contains("/")) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'kind/name: phrase, phrase'");
            }
            String type = line.substring(0, colon).strip();
            // Phrases and messages are both lower-cased stems, so phrases are matched exactly.
            Set<List<String>> phrases = byType.computeIfAbsent(type, t -> new HashSet<>());
            searchWords.putIfAbsent(type, line.substring(colon + 1).split(",")[0].strip());
            if (type.startsWith(PROCEDURE + "/") && !procedures.contains(type.substring(PROCEDURE.length() + 1))) {
                procedures.add(type.substring(PROCEDURE.length() + 1));
            }
            for (String phrase : line.substring(colon + 1).split(",")) {
                vocabulary.addAll(Arrays.asList(TextNormaliser.tokens(phrase)));
                String[] words = stems(TextNormaliser.tokens(phrase));
                if (words.length > 0) {
                    phrases.add(List.of(words));
                }
            }
        }
        Map<String, List<Phrase>> byFirstWord = new HashMap<>();
        byType.forEach((type, phrases) -> {
            String[] kindAndName = type.split("/", 2);
            for (List<String> words : phrases) {
                byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                        .add(new Phrase(words, kindAndName[0].equals(PROCEDURE), kindAndName[1]));
            }
        });
        byFirstWord.replaceAll((word, phrases) -> List.copyOf(phrases));
        procedures.sort(java.util.Comparator.comparing(Entities.BOTH::equals));
        return new EntityRecognizer(byFirstWord, vocabulary, searchWords, procedures, english, contentWords);
    }

    /** Words to search with for a procedure or topic carried over from an earlier turn. */
    public String searchWords(String kind, String name) {
        return searchWords.getOrDefault(kind + "/" + name, name);
    }

    /** The procedures' names in the order listed, "both" last: the quick replies of a clarifying question. */
    public List<String> procedureNames() {
        return procedureOrder;
    }

    /** The search words of every single procedure: what "both" stands for. */
    public String allProcedureWords() {
        return searchWords.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PROCEDURE + "/") && !e.getKey().endsWith("/" + Entities.BOTH))
                .map(Map.Entry::getValue).sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * As {@link #recognize}, remembered: for the content's own text (headings, FAQ questions), which ranking asks about
     * again on every turn. Never for a visitor's message, which is not to be kept.
     */
    public Entities recognizeContent(String contentText) {
        return contentEntities.get(contentText, this::recognize);
    }

    public Entities recognize(String message) {
        List<String> words = speller.correct(Arrays.asList(TextNormaliser.tokens(message)), listedWords, WORD);
        String[] tokens = stems(words.toArray(String[]::new));
        Set<String> procedures = new HashSet<>();
        Set<String> topics = new HashSet<>();
        for (int start = 0; start < tokens.length; start++) {
            for (Phrase phrase : byFirstWord.getOrDefault(tokens[start], List.of())) {
                if (phrase.occursAt(tokens, start)) {
                    (phrase.procedure() ? procedures : topics).add(phrase.name());
                }
            }
        }
        return new Entities(procedures, topics);
    }

    /** The words of the message that {@link #recognize} looks up as possible misspellings. */
    List<String> typoLookups(String message) {
        return speller.lookups(Arrays.asList(TextNormaliser.tokens(message)));
    }

    /** Stemmed, so "Kyphoplasties" and "kyphoplasty" meet. */
    private static String[] stems(String[] words) {
        PorterStemmer stemmer = new PorterStemmer();
        return Arrays.stream(words).map(stemmer::stem).toArray(String[]::new);
    }
}
