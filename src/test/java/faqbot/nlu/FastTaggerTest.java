package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.index.AnalyzedTerms;
import faqbot.index.SpellingAnalyzer;
import faqbot.testing.TestMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * PartOfSpeech tags with GreedyTagger, which works OpenNLP's maxent model out itself; these tests hold it to the tags
 * of OpenNLP's own greedy search (BeamSearch(1) over the model factory's context generator, as PartOfSpeech did it
 * before) on every question the project has, and on tokens that no analyzer would let through.
 */
class FastTaggerTest {

    private static final int MEDQUAD_QUESTIONS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenNlpTagger OPENNLP = new OpenNlpTagger();
    private final PartOfSpeech fast = PartOfSpeech.english();

    @Test
    void givesTheSameTagsAsOpenNlpsTagger() throws IOException {
        List<List<String>> sentences = sentences(corpusQuestions());

        assertThat(sentences).hasSizeGreaterThan(1000);
        assertThat(mismatches(sentences)).isEmpty();
    }

    @Test
    void givesTheSameTagsAsOpenNlpsTaggerOnMedquadQuestions() throws IOException {
        assumeThat(TestMessages.MEDQUAD).as("the MedQuAD file shared with the developers").exists();
        List<String> questions = TestMessages.medquad(MEDQUAD_QUESTIONS);
        List<List<String>> sentences = sentences(questions);

        assertThat(sentences).hasSizeGreaterThan(MEDQUAD_QUESTIONS);
        assertThat(mismatches(sentences)).isEmpty();
    }

    @Test
    void givesTheSameTagsAsOpenNlpsTaggerForOddTokens() {
        String word32 = "my mother is 82 and her doctor says the fracture in her spine could be treated with "
                + "kyphoplasty or vertebroplasty but we want to know which one is safer for her today";
        List<List<String>> odd = List.of(
                List.of(),
                List.of("kyphoplasty"),
                List.of("the"),
                List.of("?"),
                List.of(""),
                List.of("", " ", "is", ""),
                List.of("what", "?"),
                List.of("well", ",", "is", "it", "safe", "?", "!", "...", "(", "really", ")", ";", ":", "\"", "'s", "-", "--"),
                List.of("i", "am", "82", "years", "old"),
                List.of("2", "4", "10", "1990", "2024", "0", "007", "12345"),
                List.of("3.5", "1,000", "5-10", "1/2", "b12", "t12", "l1-l2", "$2,000", "50%", "24/7", "9:30"),
                List.of("a".repeat(300), "pneumonoultramicroscopicsilicovolcanoconiosis", "x".repeat(5000)),
                List.of("café", "naïve", "straße", "ß", "İstanbul", "ΣΊΣΥΦΟΣ", "ひらがな", "カタカナ", "漢字", "😀", "ǅ"),
                List.of("\uD800", "a\uDC00b", "\u00A0", "\t", "e\u0301"),
                List.of("The", "MRI", "Dr.", "A.", "U.S.", "Kyphoplasty", "IS", "It", "McDonald", "iPhone"),
                List.of(word32.split(" ")),
                List.of((word32 + " " + word32).split(" ")),
                List.of("the the the the the the the the the the the the the the the the".split(" ")));

        assertThat(odd.get(15)).hasSize(32);
        assertThat(mismatches(odd)).isEmpty();
    }

    @Test
    void choosesTheFirstOfEquallyProbableTagsAsOpenNlpsSearchDoes() {
        double below = nearTie();
        List<double[]> parameters = List.of(
                new double[] {1.0, 2.0, 2.0},
                new double[] {2.0, 2.0, 1.0},
                new double[] {0.5, 0.5, 0.5},
                new double[] {below, Math.nextUp(below), 0.0},
                new double[] {0.0, Math.nextUp(below), below},
                new double[] {3.0, 1.0, 3.0 - 1e-6});

        for (double[] p : parameters) {
            assertThat(GreedyTagger.best(scores(p))).as(Arrays.toString(p)).isEqualTo(openNlpsChoice(p));
        }
    }

    @Test
    void givesTheSameTagsFromManyThreadsAtOnce() throws Exception {
        List<List<String>> sentences = sentences(corpusQuestions());
        Map<List<String>, List<String>> expected = sentences.stream().collect(Collectors.toMap(s -> s, OPENNLP::tag));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> wrong = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                wrong.add(pool.submit(() -> sentences.stream().filter(s -> !fast.tag(s).equals(expected.get(s))).count()));
            }
            for (Future<Long> w : wrong) {
                assertThat(w.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void knowsTheCommonWordsTheTaggerWasTrainedOn() {
        assertThat(fast.isCommonWord("able")).isTrue();
        assertThat(fast.isCommonWord("walk")).isTrue();
        assertThat(fast.isCommonWord("kyphoplasty")).isFalse();
        assertThat(fast.isCommonWord("vertebroplasy")).isFalse();
    }

    private List<String> mismatches(List<List<String>> sentences) {
        List<String> wrong = new ArrayList<>();
        for (List<String> words : sentences) {
            List<String> expected = OPENNLP.tag(words);
            List<String> actual = fast.tag(words);
            if (!actual.equals(expected)) {
                wrong.add(words + ": OpenNLP " + expected + ", fast " + actual);
            }
        }
        return wrong;
    }

    /**
     * Each text as PassageIndex gives its words to the tagger (the spelling analyzer's terms: lower case, no
     * punctuation), and also split at spaces as typed, capitals and punctuation kept, for tokens of every kind.
     */
    private static List<List<String>> sentences(List<String> texts) {
        Set<List<String>> sentences = new LinkedHashSet<>();
        try (Analyzer analyzer = new SpellingAnalyzer()) {
            for (String text : texts) {
                sentences.add(AnalyzedTerms.of(analyzer, "body", text));
                sentences.add(List.of(text.strip().split("\\s+")));
            }
        }
        return List.copyOf(sentences);
    }

    /** The visitors' messages of corpus/tests and the utterances of corpus/intents. */
    private static List<String> corpusQuestions() throws IOException {
        List<String> questions = new ArrayList<>();
        for (Path file : files(Path.of("corpus/tests"), ".jsonl")) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    JSON.readTree(line).path("turns").forEach(turn -> questions.add(turn.path("message").asText()));
                }
            }
        }
        for (Path file : files(Path.of("corpus/intents"), ".txt")) {
            Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(questions::add);
        }
        return questions;
    }

    private static List<Path> files(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** A parameter whose score GIS's StrictMath.exp rounds to the same probability as the next parameter's. */
    private static double nearTie() {
        for (double p = 0.9; p < 1.0; p = Math.nextUp(p)) {
            double score = scores(new double[] {p, 0, 0})[0];
            double higher = scores(new double[] {Math.nextUp(p), 0, 0})[0];
            if (score < higher && StrictMath.exp(score) == StrictMath.exp(higher)) {
                return p;
            }
        }
        throw new AssertionError("no two scores found that exp() rounds to the same value");
    }

    /** As GIS sums them: the uniform prior, then the one feature's parameters. */
    private static double[] scores(double[] parameters) {
        double[] scores = new double[parameters.length];
        for (int o = 0; o < parameters.length; o++) {
            scores[o] = StrictMath.log(1.0 / parameters.length);
            scores[o] += parameters[o];
        }
        return scores;
    }

    /** The tag that OpenNLP's BeamSearch(1) gives one token whose only feature has these parameters. */
    private static int openNlpsChoice(double[] parameters) {
        String[] outcomes = {"A", "B", "C"};
        GISModel model = new GISModel(new Context[] {new Context(new int[] {0, 1, 2}, parameters)},
                new String[] {"x"}, outcomes);
        BeamSearchContextGenerator<String> context = (i, tokens, tags, more) -> new String[] {"x"};
        SequenceValidator<String> any = (i, tokens, tags, tag) -> true;
        String tag = new BeamSearch(1, model).bestSequence(new String[] {"token"}, null, context, any).getOutcomes().get(0);
        return Arrays.asList(outcomes).indexOf(tag);
    }

    /** OpenNLP's own greedy POS search, as PartOfSpeech ran it before GreedyTagger. Not thread-safe. */
    private static final class OpenNlpTagger {
        private final POSModel model = load();
        private final BeamSearch greedy = new BeamSearch(1, model.getArtifact("pos.model"));
        private final BeamSearchContextGenerator<String> context = model.getFactory().getPOSContextGenerator();
        private final SequenceValidator<String> validator = model.getFactory().getSequenceValidator();

        List<String> tag(List<String> words) {
            return List.copyOf(greedy.bestSequence(words.toArray(String[]::new), null, context, validator).getOutcomes());
        }

        private static POSModel load() {
            try (InputStream in = FastTaggerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
