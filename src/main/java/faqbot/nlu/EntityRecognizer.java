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
 * Finds the subjects and topics a message names, as phrases of stemmed words (OpenNLP's Porter stemmer): the subjects
 * derived from the content (its titles, FAQ focus names, defining headings), with what the content team's optional
 * {@code corpus/entities.txt} adds (other names, topics, "both"). A subject's kind in that file is "procedure".
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
    /** The kinds and names the content team's file lists ("procedure/kyphoplasty"), not only derived ones. */
    private final Set<String> listedTypes;
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
            Set<String> listedTypes, PartOfSpeech english, Predicate<String> contentWords) {
        this.listedTypes = Set.copyOf(listedTypes);
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
     * The subjects derived from the content, with what the content team's file adds: other names for them, topics,
     * "both". Without the file the derived subjects alone; entities are optional content.
     *
     * @param subjects the content's subjects, id → names (see faqbot.search.ContentSubjects)
     * @param english whose common words are never read as misspellings of a listed word
     * @param contentWords whether the content uses a word (lower case), which then is no misspelling either
     */
    public static EntityRecognizer load(Path file, Map<String, List<String>> subjects, PartOfSpeech english,
            Predicate<String> contentWords) throws IOException {
        List<String> lines = new ArrayList<>();
        subjects.forEach((id, names) -> lines.add(PROCEDURE + "/" + id + ": "
                + String.join(", ", names.stream().map(n -> n.replaceAll("[,:]", " ")).toList())));
        int derived = lines.size();
        if (Files.exists(file)) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        return parse(lines, file.toString(), derived, english, contentWords);
    }

    /** The subjects (procedures) a content team's file lists, name → phrases, "both" left out; none without the file. */
    public static Map<String, List<String>> listedSubjects(Path file) throws IOException {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            String type = colon < 0 ? "" : line.substring(0, colon).strip();
            if (!line.strip().startsWith("#") && type.startsWith(PROCEDURE + "/") && !type.endsWith("/" + Entities.BOTH)) {
                out.computeIfAbsent(type.substring(PROCEDURE.length() + 1), k -> new ArrayList<>())
                        .addAll(Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList());
            }
        }
        return out;
    }

    static EntityRecognizer parse(List<String> lines, String source, PartOfSpeech english, Predicate<String> contentWords) {
        return parse(lines, source, 0, english, contentWords);
    }

    /** @param derived how many of the lines, at the start, were made from the content's subjects, not read from the file */
    private static EntityRecognizer parse(List<String> lines, String source, int derived, PartOfSpeech english,
            Predicate<String> contentWords) {
        Map<String, Set<List<String>>> byType = new HashMap<>();
        Set<String> listed = new HashSet<>();
        Set<String> vocabulary = new HashSet<>();
        Map<String, String> searchWords = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).contains("/")) {
                throw new IllegalArgumentException(source + ":" + (i + 1 - derived) + ": expected 'kind/name: phrase, phrase'");
            }
            String type = line.substring(0, colon).strip();
            if (i >= derived) {
                listed.add(type);
            }
            // Phrases and messages are both lower-cased stems, so phrases are matched exactly.
            Set<List<String>> phrases = byType.computeIfAbsent(type, t -> new HashSet<>());
            searchWords.putIfAbsent(type, line.substring(colon + 1).split(",")[0].strip());
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
        return new EntityRecognizer(byFirstWord, vocabulary, searchWords, listed, english, contentWords);
    }

    /** Words to search with for a topic carried over from an earlier turn. */
    public String searchWords(String kind, String name) {
        return searchWords.getOrDefault(kind + "/" + name, name);
    }

    /** Words to search with for a subject carried over from an earlier turn: its first name. */
    public String subjectWords(String subject) {
        return subject.equals(Entities.BOTH) ? bothWords() : searchWords(PROCEDURE, subject);
    }

    /** What "both" stands for: the subjects the content team's file lists with it, for comparing them. */
    private String bothWords() {
        return searchWords.entrySet().stream()
                .filter(e -> listedTypes.contains(e.getKey()) && e.getKey().startsWith(PROCEDURE + "/") && !e.getKey().endsWith("/" + Entities.BOTH))
                .map(Map.Entry::getValue).sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * Whether "both" can be offered for these subjects: the content team's file lists it and them, so "both" stands
     * for them ({@link #subjectWords}).
     */
    public boolean offersBoth(List<String> subjects) {
        return listedTypes.contains(PROCEDURE + "/" + Entities.BOTH) && subjects.stream().allMatch(s -> listedTypes.contains(PROCEDURE + "/" + s));
    }

    /** The search words of every subject, "both" aside: what to take out of a heading to keep its topic. */
    public List<String> allSubjectWords() {
        return searchWords.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PROCEDURE + "/") && !e.getKey().endsWith("/" + Entities.BOTH))
                .map(Map.Entry::getValue).sorted().toList();
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
        List<int[]> spans = new ArrayList<>();
        List<String> named = new ArrayList<>();
        Set<String> topics = new HashSet<>();
        for (int start = 0; start < tokens.length; start++) {
            for (Phrase phrase : byFirstWord.getOrDefault(tokens[start], List.of())) {
                if (phrase.occursAt(tokens, start) && phrase.procedure()) {
                    spans.add(new int[] {start, start + phrase.words().size()});
                    named.add(phrase.name());
                } else if (phrase.occursAt(tokens, start)) {
                    topics.add(phrase.name());
                }
            }
        }
        return new Entities(longest(spans, named), topics);
    }

    /** The subjects named, leaving out one whose phrase lies inside a longer one ("back pain" in "low back pain"). */
    private static Set<String> longest(List<int[]> spans, List<String> names) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            boolean inside = false;
            for (int[] o : spans) {
                inside |= o[0] <= s[0] && o[1] >= s[1] && o[1] - o[0] > s[1] - s[0];
            }
            if (!inside) {
                out.add(names.get(i));
            }
        }
        return out;
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
