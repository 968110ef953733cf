package faqbot.search;

import java.util.Comparator;
import java.util.List;

/**
 * Puts the lexical and the dense signal of each candidate together, for {@link Ranking}: a hit's relevance is its
 * relevance by words (BM25, coverage, headings) and its closeness in meaning, mixed by a weight that depends on how
 * well the best lexical match covers the question. Where the content holds the visitor's own words (most questions on
 * FAQ sheets, which repeat their entries' words) tuned BM25 with coverage ranks better than any embedding and keeps the
 * say; where it does not (a paraphrase, everyday words for a medical term) the meaning decides. Measured on the MedQuAD
 * dev questions and the generality dev set (docs/retrieval.md).
 */
final class Fusion {

    /** The dense signal's weight when no word of the question is matched. */
    static final double DENSE_WEIGHT = Double.parseDouble(System.getProperty("tune.w", "1.0")); // TUNE
    /** Cosines up to this are what unrelated texts score with this model: no evidence of relevance. */
    static final double SIMILARITY_FLOOR = Double.parseDouble(System.getProperty("tune.floor", "0.2")); // TUNE
    static final double POWER = Double.parseDouble(System.getProperty("tune.p", "1")); // TUNE

    private Fusion() {}

    /** The hits, in the same order, with the dense weight of this result; unchanged when the question was not embedded. */
    static List<SearchHit> fuse(List<SearchHit> hits) {
        if (hits.stream().noneMatch(SearchHit::hasSimilarity)) {
            return hits;
        }
        double weight = denseWeight(lexicalFit(hits));
        return hits.stream().map(h -> h.weighted(weight)).toList();
    }

    /** A hit's relevance from its relevance by words (0..1) and its closeness in meaning. */
    static double relevance(double byWords, SearchHit hit) {
        return (1 - hit.denseWeight()) * byWords + hit.denseWeight() * strength(hit.similarity());
    }

    /** How much of the question the best match by words ({@link Ranking#byWords}) covers (0..1): 0 when no word matched. */
    static double lexicalFit(List<SearchHit> hits) {
        float top = Ranking.topScore(hits);
        return hits.stream().filter(h -> h.score() > 0).max(Comparator.comparingDouble(h -> Ranking.byWords(h, top)))
                .map(SearchHit::askedCoverage).orElse(0.0);
    }

    static double denseWeight(double lexicalFit) {
        return DENSE_WEIGHT * Math.pow(1 - lexicalFit, POWER); // TUNE
    }

    /** A cosine as evidence, 0..1: nothing up to the floor, then in proportion. */
    static double strength(double similarity) {
        return Double.isNaN(similarity) ? 0 : Math.max(0, (similarity - SIMILARITY_FLOOR) / (1 - SIMILARITY_FLOOR));
    }
}
