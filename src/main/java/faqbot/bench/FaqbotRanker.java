package faqbot.bench;

import faqbot.search.PassageIndex;
import faqbot.search.Retrieval;
import faqbot.search.SearchHit;
import java.util.List;

/** faqbot's own search over the corpus, with one retrieval: its ten best passages, by their FAQ question. */
final class FaqbotRanker implements Ranker {

    private final PassageIndex index;
    private final Retrieval retrieval;

    FaqbotRanker(PassageIndex index, Retrieval retrieval) {
        this.index = index;
        this.retrieval = retrieval;
    }

    @Override
    public List<String> top10(String question) {
        return index.search(question, 10, retrieval).hits().stream().map(SearchHit::passage)
                .map(p -> p.question().isEmpty() ? p.id() : PairKey.of(p.question().get(0))).toList();
    }
}
