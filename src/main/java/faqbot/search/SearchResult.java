package faqbot.search;

import java.util.List;

/** The hits for a question, best first, with the question's terms for scoring sentences inside them. */
public record SearchResult(QuestionTerms question, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
