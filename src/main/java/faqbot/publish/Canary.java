package faqbot.publish;

import faqbot.corpus.Corpus;
import faqbot.corpus.Passage;
import faqbot.search.PassageIndex;
import faqbot.search.SearchHit;
import java.util.ArrayList;
import java.util.List;

/**
 * Proves a freshly built generation answers before it goes live: it holds every passage, and a few questions taken
 * from the corpus itself (FAQ questions, headings) find their passage.
 */
final class Canary {

    static final int QUERIES = 5;
    static final int DEPTH = 10;

    private Canary() {}

    /** Throws with what went wrong when the generation should not be served. */
    static void check(PassageIndex candidate, Corpus corpus) {
        List<Passage> passages = corpus.passages();
        if (candidate.size() != passages.size()) {
            throw new IllegalStateException("the new index holds " + candidate.size() + " passages, the corpus has " + passages.size());
        }
        List<Passage> probes = probes(passages);
        int found = 0;
        for (Passage probe : probes) {
            List<SearchHit> hits = candidate.search(question(probe), DEPTH).hits();
            if (hits.isEmpty()) {
                throw new IllegalStateException("the new index finds nothing for the canary question '" + question(probe) + "'");
            }
            found += hits.stream().anyMatch(h -> h.passage().id().equals(probe.id())) ? 1 : 0;
        }
        if (found * 2 < probes.size()) {
            throw new IllegalStateException("the new index found the right passage for only " + found + " of " + probes.size()
                    + " canary questions");
        }
    }

    /** Passages spread evenly over the corpus. */
    static List<Passage> probes(List<Passage> passages) {
        List<Passage> out = new ArrayList<>();
        int n = Math.min(QUERIES, passages.size());
        for (int i = 0; i < n; i++) {
            out.add(passages.get((int) ((long) i * passages.size() / n)));
        }
        return out;
    }

    static String question(Passage p) {
        return p.isFaq() ? p.question().get(0) : p.heading();
    }
}
