package faqbot.bench;

import java.util.List;

/** Rank-1 accuracy and MRR@10 over a run of questions. */
final class RankingScore {

    private int questions;
    private int first;
    private double reciprocalRanks;

    void add(List<String> ranked, String expected) {
        questions++;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (ranked.get(i).equals(expected)) {
                first += i == 0 ? 1 : 0;
                reciprocalRanks += 1.0 / (i + 1);
                return;
            }
        }
    }

    int questions() {
        return questions;
    }

    double rank1() {
        return questions == 0 ? 0 : (double) first / questions;
    }

    double mrr10() {
        return questions == 0 ? 0 : reciprocalRanks / questions;
    }
}
