package faqbot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The bag of optional clauses Lucene's {@code QueryBuilder} makes of a token graph, made cheaply. The graph is cut
 * where no token spans a position, as Lucene cuts it at its articulation points; a stretch of stacked words becomes a
 * term or synonym query directly, and a stretch where a multi-word synonym makes side paths ("health plan",
 * "insurance company") is left to Lucene, on its own tokens, and kept. Building the whole graph's automaton for
 * every question was a seventh of a chat turn; the same few side paths come back in every question about them.
 */
final class GraphQueryBuilder {

    /** Side-path stretches kept. Their words all come from the synonym rules (content, not visitors' words). */
    static final int MAX_KEPT = 10_000;

    /** Lucene's conversion of a token stream into a query, the reference this class agrees with. */
    private final Function<TokenStream, Query> lucene;
    /** Lucene's rewrite: a side path is kept in rewritten form, as it ends up inside the whole query's rewrite. */
    private final UnaryOperator<Query> rewrite;
    private final Cache<String, Optional<Query>> sidePaths =
            Caffeine.newBuilder().maximumSize(MAX_KEPT).executor(Runnable::run).build();

    GraphQueryBuilder(Function<TokenStream, Query> lucene, UnaryOperator<Query> rewrite) {
        this.lucene = lucene;
        this.rewrite = rewrite;
    }

    /** The query over the field in rewritten form, as Lucene's builder and rewrite make it; null when there is no token. */
    Query build(TokenGraph graph, String field) {
        List<TokenGraph.Token> tokens = graph.tokens();
        if (tokens.isEmpty()) {
            return null;
        }
        int[][] spans = spans(tokens);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int from = 0; from < tokens.size(); ) {
            int to = stretchEnd(spans, from);
            if (to < 0) {
                return whole(graph); // a gap no token bridges: not a graph this class knows
            }
            Query stretch = stacked(spans, from, to) ? termOrSynonyms(tokens, from, to, field) : sidePath(graph, from, to, field);
            if (stretch == null) {
                return whole(graph);
            }
            query.add(stretch, BooleanClause.Occur.SHOULD);
            from = to;
        }
        return DisjunctionRewrite.of(query.build());
    }

    /** Lucene's query for the whole graph, rewritten. */
    private Query whole(TokenGraph graph) {
        return rewrite.apply(lucene.apply(graph.replay()));
    }

    /**
     * Each token's start and end state, numbered as Lucene's {@code GraphTokenStreamFiniteStrings} numbers them: a
     * token after removed words (an increment over 1) spans the gap, and so do the tokens stacked on it.
     */
    private static int[][] spans(List<TokenGraph.Token> tokens) {
        int[][] spans = new int[tokens.size()][];
        int position = -1;
        int gap = 0;
        for (int i = 0; i < spans.length; i++) {
            TokenGraph.Token token = tokens.get(i);
            if (token.increment() == 0) {
                position -= gap;
            } else {
                position++;
                gap = token.increment() - 1;
            }
            spans[i] = new int[] {position, position + token.length() + gap};
            position += gap;
        }
        return spans;
    }

    /**
     * The first token after the stretch that starts at {@code from}: the first one no earlier token reaches over;
     * -1 when it starts past where the stretch ends (a gap no token bridges).
     */
    private static int stretchEnd(int[][] spans, int from) {
        int reach = spans[from][1];
        int to = from + 1;
        while (to < spans.length && spans[to][0] < reach) {
            reach = Math.max(reach, spans[to][1]);
            to++;
        }
        return to < spans.length && spans[to][0] != reach ? -1 : to;
    }

    /** Whether every token of the stretch goes from the same state to the same state: one word and its synonyms. */
    private static boolean stacked(int[][] spans, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (spans[i][0] != spans[from][0] || spans[i][1] != spans[from][1]) {
                return false;
            }
        }
        return true;
    }

    /** As Lucene's builder makes a position without side paths: one term, or its synonyms in the order they came. */
    private static Query termOrSynonyms(List<TokenGraph.Token> tokens, int from, int to, String field) {
        if (to - from == 1) {
            return new TermQuery(new Term(field, tokens.get(from).term()));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        for (int i = from; i < to; i++) {
            synonyms.addTerm(new BytesRef(tokens.get(i).term()), 1f);
        }
        return synonyms.build();
    }

    /** Lucene's query for a stretch with side paths, made once per wording; null if Lucene did not see one stretch. */
    private Query sidePath(TokenGraph graph, int from, int to, String field) {
        StringBuilder key = new StringBuilder(field);
        List<TokenGraph.Token> tokens = graph.tokens();
        for (int i = from; i < to; i++) {
            TokenGraph.Token token = tokens.get(i);
            key.append(' ').append(token.term()).append('/').append(i == from ? 1 : token.increment()).append('/').append(token.length());
        }
        return sidePaths.get(key.toString(), k -> {
            Query whole = lucene.apply(graph.replay(from, to));
            if (whole instanceof BooleanQuery bool && bool.clauses().size() == 1
                    && bool.clauses().get(0).getOccur() == BooleanClause.Occur.SHOULD) {
                return Optional.of(rewrite.apply(bool.clauses().get(0).getQuery()));
            }
            return Optional.empty();
        }).orElse(null);
    }
}
