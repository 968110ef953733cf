package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.corpus.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexical and dense signals fused: words the content uses keep their say, meaning decides where they are missing. */
class FusionTest {

    @Test
    void whenTheBestLexicalMatchCoversTheQuestionTheDenseSignalChangesNothing() {
        SearchHit words = hit("risks", 10f, 1.0, 0.30);
        SearchHit meaning = hit("recovery", 6f, 0.5, 0.80);

        List<SearchHit> ranked = Ranking.byRelevance(Fusion.fuse(List.of(words, meaning), candidates(2), true));

        assertThat(ids(ranked)).containsExactly("risks", "recovery");
    }

    @Test
    void whenNoPassageHoldsTheVisitorsWordsThePassageClosestInMeaningWins() {
        SearchHit stray = hit("cost", 3f, 0.2, 0.25);
        SearchHit meaning = hit("driving", 0f, 0.0, 0.70);

        List<SearchHit> ranked = Ranking.byRelevance(Fusion.fuse(List.of(stray, meaning), candidates(2), true));

        assertThat(ids(ranked)).containsExactly("driving", "cost");
    }

    @Test
    void aSimilarityNoHigherThanUnrelatedTextsScoreIsNoEvidence() {
        assertThat(Fusion.strength(Fusion.SIMILARITY_FLOOR)).isZero();
        assertThat(Fusion.strength(0.1)).isZero();
        assertThat(Fusion.strength(1.0)).isEqualTo(1.0);
    }

    @Test
    void theDenseWeightIsTheSameForEveryHitOfAResult() {
        List<SearchHit> fused = Fusion.fuse(List.of(hit("a", 5f, 0.5, 0.4), hit("b", 0f, 0.0, 0.6)), candidates(2), true);

        assertThat(fused).extracting(SearchHit::denseWeight).containsOnly(Fusion.denseWeight(0.5));
    }

    @Test
    void hitsOfAQuestionThatWasNotEmbeddedKeepTheirLexicalScores() {
        List<SearchHit> hits = List.of(hit("a", 5f, 0.5, Double.NaN), hit("b", 4f, 0.5, Double.NaN));

        assertThat(Fusion.fuse(hits, candidates(2), true)).isEqualTo(hits);
    }

    @Test
    void theDenseWeightFallsAsTheLexicalMatchCoversMoreOfTheQuestion() {
        assertThat(Fusion.denseWeight(0)).isEqualTo(Fusion.DENSE_WEIGHT);
        assertThat(Fusion.denseWeight(0.5)).isLessThan(Fusion.denseWeight(0.2));
        assertThat(Fusion.denseWeight(1)).isZero();
    }

    @Test
    void whenTheWordsCoverTheQuestionPassagesFoundByMeaningAloneAreLeftOut() {
        List<SearchHit> hits = List.of(hit("words", 8f, 1.0, 0.3), hit("meaning", 2f, 0.5, 0.9));
        List<Candidate> candidates = List.of(new Candidate(0, 8f, 0.3f, true), new Candidate(1, 2f, 0.9f, false));

        assertThat(ids(Fusion.fuse(hits, candidates, true))).containsExactly("words");
    }

    /** Candidates found by words, as many as the hits. */
    private static List<Candidate> candidates(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new Candidate(i, 1f, 0.5f, true)).toList();
    }

    private static SearchHit hit(String id, float bm25, double coverage, double similarity) {
        Passage passage = new Passage(id, "doc", "Knee replacement", "https://hospital.example/knee", id, List.of(id), List.of(), id + " text");
        return new SearchHit(passage, bm25, coverage, coverage, coverage, similarity);
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.passage().id()).toList();
    }
}
