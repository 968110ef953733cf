package faqbot.dialog;

import faqbot.corpus.Passage;
import faqbot.search.PassageIndex;
import faqbot.search.SearchHit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Next questions to offer, taken from the corpus: FAQ questions and question-shaped headings near a passage. */
final class Suggestions {

    static final int COUNT = 3;

    private Suggestions() {}

    /**
     * Questions about what was just answered, never the answered passage itself: the other passages the question
     * found, and only when they offer too few, those found by the answered section's own heading (a search done once per section).
     */
    static List<String> after(Passage answered, List<SearchHit> found, PassageIndex index, String visitorMessage) {
        List<String> near = collect(passages(found), answered, visitorMessage);
        if (near.size() == COUNT) {
            return near;
        }
        List<Passage> more = new ArrayList<>(passages(found));
        more.addAll(index.neighbours(answered));
        return collect(more, answered, visitorMessage);
    }

    private static List<Passage> passages(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::passage).toList();
    }

    /**
     * Questions the bot can answer, for a fallback: the nearest ones first, then the first of the content's; one per
     * subject (see {@link CorpusSubjects}), so a visitor sees what else the content holds rather than three wordings
     * of the one subject that nearly matched.
     */
    static List<String> instead(List<SearchHit> weakHits, PassageIndex index) {
        List<Passage> candidates = new ArrayList<>(weakHits.stream().map(SearchHit::passage).toList());
        candidates.addAll(index.leading());
        Set<String> subjects = new HashSet<>();
        List<Passage> onePerSubject = candidates.stream()
                .filter(p -> asQuestion(p) != null && subjects.add(CorpusSubjects.subject(p).toLowerCase(Locale.ROOT))).toList();
        List<String> out = collect(onePerSubject, null, "");
        // Content of a single subject: any of its questions, as before.
        return out.size() == COUNT ? out : collect(candidates, null, "");
    }

    private static List<String> collect(List<Passage> candidates, Passage answered, String visitorMessage) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        String asked = normal(visitorMessage);
        for (Passage p : candidates) {
            if (answered != null && (p.id().equals(answered.id()) || sameQuestion(p, answered))) {
                continue;
            }
            String q = asQuestion(p);
            String normalQ = normal(q);
            if (q != null && !normalQ.equals(asked) && seen.add(normalQ)) {
                out.add(q);
            }
            if (out.size() == COUNT) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private static boolean sameQuestion(Passage candidate, Passage answered) {
        String a = asQuestion(answered);
        return a != null && normal(a).equals(normal(asQuestion(candidate)));
    }

    /** The passage as a question a visitor could send, or null if it reads as none. */
    private static String asQuestion(Passage p) {
        if (p.isFaq()) {
            return p.question().get(0);
        }
        String heading = p.heading();
        return heading.endsWith("?") ? heading : null;
    }

    /** Lower-case letters and digits, every other run of characters one space: "What is it?" → "what is it". */
    private static String normal(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
