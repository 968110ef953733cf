package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small model trained from in-memory samples. */
class IntentModelTest {

    static final IntentTrainingData SAMPLES = IntentTrainingData.of(Map.of(
            "weather", List.of("will it rain today", "is it sunny outside", "weather forecast please",
                    "how cold is it", "do i need an umbrella", "is it going to snow", "what is the temperature outside",
                    "will it be windy tomorrow", "forecast for the weekend", "is it raining"),
            "music", List.of("play some music", "put on a song", "play jazz", "i want to hear the beatles",
                    "next song please", "turn the music up", "play my playlist", "stop the music",
                    "play something relaxing", "who sings this song"),
            IntentModel.OUT_OF_SCOPE, List.of("book a flight", "what is the capital of peru", "order pizza",
                    "how do i fix my car", "tell me about taxes", "who won the game", "translate hello",
                    "how old is the earth", "buy new shoes", "reset my password")));

    private static final IntentModel MODEL = IntentModel.train(SAMPLES);

    @Test
    void picksTheIntentOfAnUnseenSentence() {
        IntentScores scores = MODEL.classify("is it going to rain tomorrow?");
        assertThat(scores.intent()).isEqualTo("weather");
        assertThat(scores.probability()).isEqualTo(scores.probabilityOf("weather"));
    }

    @Test
    void copesWithMisspellingsThroughCharacterNgrams() {
        assertThat(MODEL.classify("plaay musik").intent()).isEqualTo("music");
    }

    @Test
    void sharesMostCharacterNgramsBetweenAWordAndItsMisspelling() {
        CharNgramFeatures ngrams = new CharNgramFeatures();
        var right = ngrams.extractFeatures(new String[] {"kyphoplasty"}, Map.of());
        var wrong = ngrams.extractFeatures(new String[] {"kyphoplsty"}, Map.of());
        assertThat(wrong.stream().filter(right::contains).count()).isGreaterThanOrEqualTo(wrong.size() / 2);
    }

    @Test
    void givesEveryIntentAProbabilityThatSumsToOne() {
        IntentScores scores = MODEL.classify("play a song about the weather");
        assertThat(scores.probabilities()).containsOnlyKeys("weather", "music", IntentModel.OUT_OF_SCOPE);
        assertThat(scores.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void callsAnEmptyMessageOutOfScope() {
        assertThat(MODEL.classify(" ?! ").intent()).isEqualTo(IntentModel.OUT_OF_SCOPE);
    }

    @Test
    void rejectsAnIntentBelowTheTunedThreshold() {
        OutOfScopeThreshold threshold = new OutOfScopeThreshold(0.6);
        assertThat(threshold.rejects("weather", 0.59)).isTrue();
        assertThat(threshold.rejects("weather", 0.61)).isFalse();
        assertThat(threshold.rejects(IntentModel.OUT_OF_SCOPE, 0.99)).isTrue();
    }

    @Test
    void tunesTheThresholdToTurnAwayAtMostOnePercentOfRightAnswers() {
        List<OutOfScopeThreshold.Observation> heldOut = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            heldOut.add(new OutOfScopeThreshold.Observation("weather", "weather", i / 100.0));
        }
        heldOut.add(new OutOfScopeThreshold.Observation("music", "weather", 0.5));
        heldOut.add(new OutOfScopeThreshold.Observation(IntentModel.OUT_OF_SCOPE, "music", 0.9));
        // 101 in-scope examples allow one right answer below the threshold, whatever the wrong and out-of-scope ones say.
        assertThat(OutOfScopeThreshold.tune(heldOut).minConfidence()).isEqualTo(0.02);
    }

    @Test
    void answersTheSameAfterSavingAndLoading(@TempDir Path dir) {
        Path file = dir.resolve("index/intent-model.bin");
        MODEL.save(file);
        IntentModel loaded = IntentModel.load(file);
        assertThat(loaded.classify("turn up the jazz")).isEqualTo(MODEL.classify("turn up the jazz"));
        assertThat(loaded.minConfidence()).isEqualTo(MODEL.minConfidence());
    }
}
