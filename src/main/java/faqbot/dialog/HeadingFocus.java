package faqbot.dialog;

import faqbot.nlu.Entities;
import faqbot.nlu.EntityRecognizer;
import faqbot.search.Reranker;
import faqbot.search.SearchHit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Prefers passages whose headings are about the procedure and the topic asked for. The procedure names are in
 * nearly every passage, so BM25 barely tells "risks of vertebroplasty" from "risks of kyphoplasty"; the headings
 * do. Likewise a heading about "risks" answers "why is it bad if the cement leaks" better than a passage that
 * merely mentions leaking.
 */
final class HeadingFocus {

    private static final double BONUS = 0.15;
    private static final double TOPIC_BONUS = 0.1;
    /** A section headed for the other procedure ("Ideal Candidates for Vertebroplasty") does not answer for this one. */
    private static final double OTHER_PROCEDURE = 0.6;

    private HeadingFocus() {}

    static List<SearchHit> order(List<SearchHit> hits, List<String> procedures, List<String> topics, EntityRecognizer recognizer) {
        if (hits.isEmpty()) {
            return hits;
        }
        float top = hits.stream().map(SearchHit::score).max(Float::compare).orElse(1f);
        // Each hit's score is worked out once, not on every comparison of the sort (which is stable, so ties keep
        // their order).
        record Scored(SearchHit hit, double score) {}
        return hits.stream()
                .map(h -> {
                    Entities headed = headings(h, recognizer);
                    return new Scored(h, Reranker.combined(h, top) + bonus(headed.procedures(), procedures) + topicBonus(headed, topics));
                })
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score()))
                .map(Scored::hit)
                .toList();
    }

    private static double topicBonus(Entities headed, List<String> topics) {
        return topics.stream().anyMatch(headed.topics()::contains) ? TOPIC_BONUS : 0;
    }

    /** The procedures a passage's headings are about. */
    static Set<String> about(SearchHit hit, EntityRecognizer recognizer) {
        return headings(hit, recognizer).procedures();
    }

    /** What a passage's headings and FAQ question name. */
    private static Entities headings(SearchHit hit, EntityRecognizer recognizer) {
        var p = hit.passage();
        return recognizer.recognizeContent(String.join(" ", p.trail()) + " " + String.join(" ", p.question()));
    }

    private static double bonus(Set<String> about, List<String> asked) {
        if (about.isEmpty()) {
            return 0;
        }
        boolean coversBoth = about.contains(Entities.BOTH) || about.size() > 1;
        if (asked.isEmpty()) {
            return 0;
        }
        boolean askedBoth = asked.contains(Entities.BOTH) || asked.size() > 1;
        if (askedBoth) {
            return coversBoth ? BONUS : -BONUS;
        }
        return about.contains(asked.get(0)) ? BONUS : coversBoth ? 0 : -OTHER_PROCEDURE;
    }
}
