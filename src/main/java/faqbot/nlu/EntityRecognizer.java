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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.util.Span;

/**
 * Finds the procedures and topics a message names, as phrases of stemmed words (OpenNLP's Porter stemmer), from the
 * content team's list in {@code corpus/entities.txt}.
 */
public final class EntityRecognizer {

    private static final String PROCEDURE = "procedure";

    /** Shorter words are too easily mistaken for one another to correct. */
    private static final int MIN_TYPO_LENGTH = 6;
    /** Below this length one typo is tolerated, from it two: two edits turn too many short words into others. */
    private static final int TWO_TYPO_LENGTH = 8;

    private final List<Finder> finders;
    private final Set<String> vocabulary;
    /** "topic/risks" → "risk": the first phrase listed, the words to search with when the topic is carried over. */
    private final Map<String, String> searchWords;
    private final List<String> procedureOrder;
    /** Entities of the content's own text (headings, FAQ questions), which ranking asks about on every turn. */
    private final Cache<String, Entities> contentEntities = Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();
    /** The listed words a misspelling may stand for; looked up on every turn, so no visitor's word is kept. */
    private final TypoIndex typos;

    /**
     * The phrases of one kind of entity, found as OpenNLP's DictionaryNameFinder finds them: the longest phrase
     * starting at a word, then on after it. Only words that start a phrase of this kind are tried as starts, so a
     * message is not cut into every span of every length. The phrases are plain lists, not OpenNLP's dictionary:
     * its StringList keys intern every word looked up in a table that is never emptied, which kept visitors' words
     * for the life of the process and made every turn contend for that table.
     */
    private record Finder(String type, Set<List<String>> phrases, Set<String> firstWords, int longest) {
        List<Span> find(String[] tokens) {
            List<Span> found = new ArrayList<>();
            List<String> words = Arrays.asList(tokens);
            for (int start = 0; start < tokens.length; start++) {
                if (!firstWords.contains(tokens[start])) {
                    continue;
                }
                for (int length = Math.min(longest, tokens.length - start); length > 0; length--) {
                    if (phrases.contains(words.subList(start, start + length))) {
                        found.add(new Span(start, start + length, type));
                        start += length - 1;
                        break;
                    }
                }
            }
            return found;
        }
    }

    private EntityRecognizer(List<Finder> finders, Set<String> vocabulary, Map<String, String> searchWords,
            List<String> procedureOrder) {
        this.procedureOrder = List.copyOf(procedureOrder);
        this.finders = List.copyOf(finders);
        this.vocabulary = Set.copyOf(vocabulary);
        this.searchWords = Map.copyOf(searchWords);
        this.typos = new TypoIndex(this.vocabulary, MIN_TYPO_LENGTH, TWO_TYPO_LENGTH);
    }

    /** An empty recognizer when the file is absent: entities are optional content. */
    public static EntityRecognizer load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new EntityRecognizer(List.of(), Set.of(), Map.of(), List.of());
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    static EntityRecognizer parse(List<String> lines, String source) {
        Map<String, Set<List<String>>> byType = new HashMap<>();
        Map<String, Set<String>> firstWords = new HashMap<>();
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
                vocabulary.addAll(Arrays.asList(plainWords(phrase)));
                String[] words = stems(plainWords(phrase));
                if (words.length > 0) {
                    phrases.add(List.of(words));
                    firstWords.computeIfAbsent(type, t -> new HashSet<>()).add(words[0]);
                }
            }
        }
        List<Finder> finders = new ArrayList<>();
        byType.forEach((type, phrases) -> finders.add(new Finder(type, Set.copyOf(phrases),
                Set.copyOf(firstWords.getOrDefault(type, Set.of())), phrases.stream().mapToInt(List::size).max().orElse(0))));
        procedures.sort(java.util.Comparator.comparing(Entities.BOTH::equals));
        return new EntityRecognizer(finders, vocabulary, searchWords, procedures);
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
        String[] tokens = stems(Arrays.stream(plainWords(message)).map(this::corrected).toArray(String[]::new));
        TreeSet<String> procedures = new TreeSet<>();
        TreeSet<String> topics = new TreeSet<>();
        for (Finder finder : finders) {
            for (Span span : finder.find(tokens)) {
                String[] kindAndName = span.getType().split("/", 2);
                (kindAndName[0].equals(PROCEDURE) ? procedures : topics).add(kindAndName[1]);
            }
        }
        return new Entities(procedures, topics);
    }

    /**
     * A misspelling of a long listed word ("kyphoplatsy") is read as that word; a common English word ("company",
     * "mother") is what the visitor meant, as for spelling in search.
     */
    private String corrected(String word) {
        if (word.length() < MIN_TYPO_LENGTH || vocabulary.contains(word) || PartOfSpeech.english().isCommonWord(word)) {
            return word;
        }
        return typos.nearest(word).orElse(word);
    }

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String[] plainWords(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** Stemmed, so "Kyphoplasties" and "kyphoplasty" meet. */
    private static String[] stems(String[] words) {
        PorterStemmer stemmer = new PorterStemmer();
        return Arrays.stream(words).map(stemmer::stem).toArray(String[]::new);
    }
}
