package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fast intent code (Tokens, FeatureIndex, RedFlagTerms, MessageParts) gives exactly what the old code gave, kept
 * in the Reference classes: the same scores to the bit and the same intents, for the corpus model saved and loaded
 * as in production, on every message the project has and many made-up ones.
 */
class FastIntentDetectionChangesNoResultTest {

    private static final Path MEDQUAD = Path.of("..", "shared", "data", "medquad", "medquad.jsonl");
    private static final int MEDQUAD_QUESTIONS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> messages;
    private static IntentModel model;
    private static IntentDetector detector;
    private static ReferenceIntentModel referenceModel;
    private static ReferenceIntentDetector referenceDetector;
    private static RedFlags redFlags;
    private static ReferenceRedFlags referenceRedFlags;

    @BeforeAll
    static void loadTheModelAsProductionDoes(@TempDir Path dir) {
        Path file = dir.resolve("intent-model.zip");
        CorpusDetector.model().save(file);
        model = IntentModel.load(file);
        redFlags = RedFlags.load(CorpusDetector.CORPUS.resolve("redflags.txt"));
        detector = new IntentDetector(model, redFlags);
        referenceModel = ReferenceIntentModel.load(file);
        referenceRedFlags = ReferenceRedFlags.load(CorpusDetector.CORPUS.resolve("redflags.txt"));
        referenceDetector = new ReferenceIntentDetector(referenceModel, referenceRedFlags);
        messages = messages();
    }

    @Test
    void classifiesEveryMessageToTheSameScoresAsTheOldClassifier() {
        for (String message : messages) {
            assertThat(model.classify(message)).as(message).isEqualTo(referenceModel.classify(message));
        }
    }

    @Test
    void classifiesAsTheOldClassifierAlsoWithTheModelJustTrained() {
        for (String message : messages) {
            assertThat(CorpusDetector.model().classify(message)).as(message).isEqualTo(referenceModel.classify(message));
        }
    }

    @Test
    void detectsTheSameIntentAsTheOldDetectorForEveryMessage() {
        for (String message : messages) {
            assertThat(detector.detect(message)).as(message).isEqualTo(referenceDetector.detect(message));
        }
    }

    @Test
    void detectsTheSameFromSeveralThreadsAtOnceAsFromOne() {
        List<Intent> alone = messages.stream().map(detector::detect).toList();
        List<Intent> together = messages.parallelStream().map(detector::detect).toList();
        assertThat(together).isEqualTo(alone);
    }

    @Test
    void findsTheSameRedFlagAsTheOldMatcherInEveryMessage() {
        for (String message : messages) {
            assertThat(redFlags.find(message)).as(message).isEqualTo(referenceRedFlags.find(message));
        }
    }

    @Test
    void readsEveryMessageIntoTheNormalisersTokens() {
        for (String message : messages) {
            assertThat(strings(Tokens.of(message))).as(message).containsExactly(TextNormaliser.tokens(message));
        }
    }

    @Test
    void splitsEveryMessageIntoPartsWithTheTokensOfTheOldParts() {
        for (String message : messages) {
            int[] ranges = MessageParts.of(message);
            List<List<String>> parts = new ArrayList<>();
            for (int p = 0; p < ranges.length; p += 2) {
                parts.add(strings(Tokens.of(message, ranges[p], ranges[p + 1])));
            }
            List<List<String>> old = ReferenceIntentDetector.parts(message).stream()
                    .map(part -> Arrays.asList(TextNormaliser.tokens(part))).toList();
            assertThat(parts).as(message).isEqualTo(old);
        }
    }

    @Test
    void triesEnoughMessagesOfEveryKind() {
        // MedQuAD's questions are there only beside the shared data (not on every machine that runs the tests).
        boolean medquad = Files.exists(MEDQUAD);
        assertThat(messages).hasSizeGreaterThan(medquad ? 15_000 : 10_000);
        long flagged = messages.stream().filter(m -> redFlags.find(m).isPresent()).count();
        long social = messages.stream().filter(m -> detector.detect(m).reason().endsWith("with a question")).count();
        assertThat(flagged).isGreaterThan(500);
        assertThat(social).isGreaterThan(medquad ? 200 : 100);
    }

    private static List<String> strings(Tokens tokens) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            strings.add(tokens.get(i));
        }
        return strings;
    }

    /** Every message the project has, edge cases, variants of them and random ones, without repeats. */
    private static List<String> messages() {
        List<String> base = new ArrayList<>();
        base.addAll(corpusLines());
        base.addAll(testTurns());
        base.addAll(retrievalQuestions());
        base.addAll(dialogueMessages());
        base.addAll(UrgentMessagesTest.EMERGENCIES);
        base.addAll(UrgentMessagesTest.QUESTIONS);
        base.addAll(medquadQuestions());
        base.addAll(EDGE_CASES);
        Set<String> all = new LinkedHashSet<>(base);
        for (String message : base) {
            all.add("hi, " + message);
            all.add("Thanks!! " + message);
            all.add(message.toUpperCase(Locale.ROOT));
        }
        Random random = new Random(20261201);
        List<String> words = redFlagWords();
        for (int i = 0; i < 3000; i++) {
            all.add(randomText(random));
            all.add(redFlagText(random, words));
        }
        return List.copyOf(all);
    }

    private static List<String> corpusLines() {
        try (Stream<Path> files = Files.list(CorpusDetector.CORPUS.resolve("intents"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().flatMap(f -> lines(f).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> testTurns() {
        List<String> turns = new ArrayList<>();
        try (Stream<Path> files = Files.list(CorpusDetector.CORPUS.resolve("tests"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : lines(file)) {
                    if (!line.isBlank()) {
                        JSON.readTree(line).get("turns").forEach(turn -> turns.add(turn.get("message").asText()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(turns).isNotEmpty();
        return turns;
    }

    private static List<String> retrievalQuestions() {
        return lines(Path.of("src/test/resources/retrieval/questions.tsv")).stream()
                .map(line -> line.split("\t", 2)[0]).toList();
    }

    private static List<String> dialogueMessages() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/dialogues"))) {
            List<String> messages = files.sorted().flatMap(f -> lines(f).stream())
                    .filter(line -> line.startsWith("> ")).map(line -> line.substring(2)).toList();
            assertThat(messages).isNotEmpty();
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fifth MedQuAD question, up to 3,000: patients' wording of many topics (none if the data is absent). */
    private static List<String> medquadQuestions() {
        if (!Files.exists(MEDQUAD)) {
            return List.of();
        }
        List<String> lines = lines(MEDQUAD);
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < lines.size() && questions.size() < MEDQUAD_QUESTIONS; i += 5) {
            try {
                JsonNode question = JSON.readTree(lines.get(i)).get("question");
                if (question != null) {
                    questions.add(question.asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return questions;
    }

    private static List<String> redFlagWords() {
        List<String> words = new ArrayList<>(List.of("my", "the", "not", "can", "cannot", "is", "do", "did", "am", "i",
                "since", "if", "it", "legs", "and", "now", "could", "will", "does"));
        for (String line : lines(CorpusDetector.CORPUS.resolve("redflags.txt"))) {
            if (!line.startsWith("#") && line.contains("|") || line.startsWith("@")) {
                for (String word : line.substring(line.indexOf(line.startsWith("@") ? ':' : '|') + 1).split("[|+,\\s]+")) {
                    if (!word.isBlank()) {
                        words.add(word.replace("*", "ness"));
                        words.add(word.replace("*", ""));
                    }
                }
            }
        }
        return words;
    }

    /** Up to twelve red-flag and filler words: many match a pattern, some only nearly. */
    private static String redFlagText(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12) + 1; i > 0; i--) {
            text.append(words.get(random.nextInt(words.size()))).append(random.nextInt(6) == 0 ? ", " : " ");
        }
        return text.toString();
    }

    private static final String RANDOM_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEZ0123456789    ,.;:!?'`´’‘-_\t\n\r\u000B\f"
            + "\u001C\u00A0\u2003\u0085éèüßæøİKﬁＡ\u0301\u0327ΣσςΑжд日本\uD83D\uDE00\uD83D";

    /** Any mix of words, punctuation, whitespace of every kind, accents, ligatures and emoji halves. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(RANDOM_CHARS.charAt(random.nextInt(RANDOM_CHARS.length())));
        }
        return text.toString();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> EDGE_CASES = List.of(
            "", " ", "?", "?!", "...", "!!!", ",,,", ",", "hi,", ",hi", "hi!", "!hi", "hi ,  , what is it", "\t\n",
            "hi , ", " , hi", "hi.. what. is. kyphoplasty..", "a,b,c,d,e,f,g,h,i,j,k what is it", "hello:) what is it",
            "ü", "naïve café", "Ærøskøbing vertebroplasty", "ﬁnancial help", "ＷＨＡＴ ＩＳ ＫＹＰＨＯＰＬＡＳＴＹ", "İstanbul",
            "Kelvin \u212A", "straße", "ΣΑΣ", "日本語", "مرحبا", "hi\u200Bthere", "hi\u00A0there what is it",
            "\u2003what is it", "hi\u001Cthere what is it", "hi\u0085what is it", "\uD83D", "\u0301abc", "e\u0301",
            "I can’t feel my legs", "I can`t feel my legs", "i can´t walk", "I can not feel my legs", "cannot not",
            "is not", "not", "can not", "i am not able to pee", "a'b'c", "''''", "don't can't won't", "can't",
            "THANKS!!! what does it cost???", "hi. hello. what is kyphoplasty", "  hello   there  friend  ",
            "hello\tthere\nfriend", "3", "99.9", "0", "abc123def", "abcd", "abc", "b=<s>_</s>", "w=<number>",
            "1234 5678", "covid-19", "🙂", "😀 what is kyphoplasty? 😀", "hello 👋", "👋👋👋", "thanks 🙏 how much is it",
            "kyphoplsty", "vertebroplsaty cost", "numbnessnessness", "legslegslegs numb",
            "a".repeat(2000), "kyphoplasty ".repeat(170), "hi, what is it? ".repeat(125), "numb legs ".repeat(200),
            "é".repeat(2000), "x,".repeat(1000));
}
