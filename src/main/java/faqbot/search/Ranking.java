package faqbot.search;

import faqbot.nlu.Entities;
import faqbot.nlu.EntityRecognizer;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Every decision about which passage answers best, in one place: the search's order (BM25 with how much of the
 * question a passage covers), the turn's order (passages headed for the procedure and topic asked about), and when
 * the best passages are too close to call ("which procedure do you mean?").
 */
public final class Ranking {

    /*
     * BM25 loves a short FAQ question that repeats one word ("What is vertebroplasty?"); coverage prefers the passage
     * that has all of "who should get vertebroplasty", and coverage by a passage's own headings says "squarely about".
     */
    private static final double BM25_SHARE = 0.4;
    private static final double COVERAGE_SHARE = 0.4;
    private static final double HEADING_SHARE = 0.2;

    /*
     * The procedure names are in nearly every passage, so BM25 barely tells "risks of vertebroplasty" from "risks of
     * kyphoplasty"; the headings do. A heading about "risks" answers "why is it bad if the cement leaks" better than
     * a passage that merely mentions leaking. A section headed for the other procedure ("Ideal Candidates for
     * Vertebroplasty") does not answer for this one.
     */
    private static final double PROCEDURE_BONUS = 0.15;
    private static final double TOPIC_BONUS = 0.1;
    private static final double OTHER_PROCEDURE = 0.6;

    /** How close two passages about different procedures must score for the question to count as ambiguous. */
    static final double AMBIGUITY_MARGIN = 0.08;

    private Ranking() {}

    /** The hits by relevance, best first; ties keep the retriever's order. */
    static List<SearchHit> byRelevance(List<SearchHit> hits) {
        float top = topScore(hits);
        return sorted(hits, hit -> relevance(hit, top));
    }

    /** The hits by relevance to a turn about these procedures and topics, best first. */
    public static List<SearchHit> forTurn(List<SearchHit> hits, List<String> procedures, List<String> topics,
            EntityRecognizer recognizer) {
        float top = topScore(hits);
        return sorted(hits, hit -> {
            Entities headed = headings(hit, recognizer);
            return relevance(hit, top) + procedureBonus(headed.procedures(), procedures) + topicBonus(headed, topics);
        });
    }

    /**
     * Whether to ask which procedure is meant: a topic with no procedure and nothing to inherit, where the best
     * passages are about different procedures, almost equally good, and cover the question alike ("how long is
     * recovery?"). Where one passage clearly answers, or the content covers both together, the bot answers.
     */
    public static boolean needsProcedure(List<String> procedures, List<String> topics, List<SearchHit> hits,
            EntityRecognizer recognizer) {
        if (hits.isEmpty() || !procedures.isEmpty() || topics.isEmpty()) {
            return false;
        }
        Set<String> first = headings(hits.get(0), recognizer).procedures();
        if (first.size() != 1 || first.contains(Entities.BOTH)) {
            return false;
        }
        float top = topScore(hits);
        double firstScore = relevance(hits.get(0), top);
        return hits.stream().skip(1).filter(h -> {
            Set<String> about = headings(h, recognizer).procedures();
            return about.size() == 1 && !about.contains(Entities.BOTH) && !about.equals(first);
        }).findFirst().map(h -> firstScore - relevance(h, top) < AMBIGUITY_MARGIN
                && hits.get(0).coverage() - h.coverage() < AMBIGUITY_MARGIN).orElse(false);
    }

    /** The hit's relevance, 0..1, relative to the best BM25 score of its result, with its meaning ({@link Fusion}). */
    private static double relevance(SearchHit hit, float topScore) {
        return Fusion.relevance(byWords(hit, topScore), hit);
    }

    /** The hit's relevance by its words alone, 0..1, relative to the best BM25 score of its result. */
    static double byWords(SearchHit hit, float topScore) {
        return BM25_SHARE * hit.score() / topScore + COVERAGE_SHARE * hit.coverage() + HEADING_SHARE * hit.headingCoverage();
    }

    /** The best BM25 score; 1 when no hit matched a word (found by meaning alone). */
    static float topScore(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::score).max(Float::compare).filter(s -> s > 0).orElse(1f);
    }

    /** Each hit's score is worked out once, not on every comparison; the sort is stable. */
    private static List<SearchHit> sorted(List<SearchHit> hits, ToDoubleFunction<SearchHit> score) {
        record Scored(SearchHit hit, double score) {}
        return hits.stream().map(h -> new Scored(h, score.applyAsDouble(h)))
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score())).map(Scored::hit).toList();
    }

    private static double topicBonus(Entities headed, List<String> topics) {
        return topics.stream().anyMatch(headed.topics()::contains) ? TOPIC_BONUS : 0;
    }

    /** What a passage's headings and FAQ question name. */
    private static Entities headings(SearchHit hit, EntityRecognizer recognizer) {
        var p = hit.passage();
        return recognizer.recognizeContent(String.join(" ", p.trail()) + " " + String.join(" ", p.question()));
    }

    private static double procedureBonus(Set<String> about, List<String> asked) {
        if (about.isEmpty() || asked.isEmpty()) {
            return 0;
        }
        boolean coversBoth = about.contains(Entities.BOTH) || about.size() > 1;
        boolean askedBoth = asked.contains(Entities.BOTH) || asked.size() > 1;
        if (askedBoth) {
            return coversBoth ? PROCEDURE_BONUS : -PROCEDURE_BONUS;
        }
        return about.contains(asked.get(0)) ? PROCEDURE_BONUS : coversBoth ? 0 : -OTHER_PROCEDURE;
    }
}
