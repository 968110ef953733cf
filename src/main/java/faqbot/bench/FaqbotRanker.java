package faqbot.bench;

import faqbot.search.PassageIndex;
import faqbot.search.SearchHit;
import java.util.List;

/** faqbot's own search over the corpus: its ten best passages, by their FAQ question. */
final class FaqbotRanker implements Ranker {

    private final PassageIndex index;

    FaqbotRanker(PassageIndex index) {
        this.index = index;
    }

    @Override
    public List<String> top10(String question) {
        return index.search(question, 10).hits().stream().map(SearchHit::passage)
                .map(p -> p.question().isEmpty() ? p.id() : PairKey.of(p.question().get(0))).toList();
    }
}
