package faqbot.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the dev questions through each system and prints rank-1 and MRR@10, overall and by kind of rewrite. */
final class MedquadEvaluation {

    private final List<DevQuestion> questions;

    MedquadEvaluation(List<DevQuestion> questions) {
        this.questions = List.copyOf(questions);
    }

    /** The scores by system name, then by variant ("all" first). */
    Map<String, Map<String, RankingScore>> run(Map<String, Ranker> systems, List<String> misses, String missesOf) {
        Map<String, Map<String, RankingScore>> scores = new LinkedHashMap<>();
        systems.forEach((name, ranker) -> {
            Map<String, RankingScore> byVariant = new LinkedHashMap<>();
            byVariant.put("all", new RankingScore());
            for (DevQuestion q : questions) {
                List<String> ranked = ranker.top10(q.text());
                byVariant.get("all").add(ranked, q.original());
                byVariant.computeIfAbsent(q.variant(), v -> new RankingScore()).add(ranked, q.original());
                if (name.equals(missesOf) && (ranked.isEmpty() || !q.original().equals(ranked.get(0)))) {
                    misses.add(q.text() + "  → " + (ranked.isEmpty() ? "(none)" : ranked.get(0)) + ", expected " + q.original());
                }
            }
            scores.put(name, byVariant);
        });
        return scores;
    }

    static void print(Map<String, Map<String, RankingScore>> scores, PrintStream out) {
        out.printf("%-16s %-24s %6s %8s %8s%n", "system", "questions", "n", "rank-1", "MRR@10");
        scores.forEach((system, byVariant) -> byVariant.forEach((variant, s) ->
                out.printf("%-16s %-24s %6d %8.3f %8.3f%n", system, variant, s.questions(), s.rank1(), s.mrr10())));
    }
}
