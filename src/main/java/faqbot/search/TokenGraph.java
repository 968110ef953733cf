package faqbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The tokens an analyzer made of a text (with its synonym graph), read once and kept as plain values: the word
 * groups, the query and, for the rare parts Lucene's query builder must see, a replay are all made from them.
 * Lucene's {@code CachingTokenFilter} kept a copy of every attribute of every token, a tenth of a chat turn.
 */
final class TokenGraph {

    /** One token: its term, position increment and length (in positions), and the characters it stands for. */
    record Token(String term, int increment, int length, int start, int end) {}

    private final List<Token> tokens;

    private TokenGraph(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** Reads the stream to its end (the caller closes it). */
    static TokenGraph read(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        List<Token> tokens = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            tokens.add(new Token(term.toString(), increment.getPositionIncrement(), length.getPositionLength(),
                    offset.startOffset(), offset.endOffset()));
        }
        stream.end();
        return new TokenGraph(tokens);
    }

    List<Token> tokens() {
        return tokens;
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The tokens replayed as a stream, as they were read. */
    TokenStream replay() {
        return new Replay(tokens, false);
    }

    /**
     * The tokens from {@code from} (inclusive) to {@code to} (exclusive) replayed as a stream of their own: the first
     * starts the stream (increment 1, any gap before it dropped), the others follow as they were read.
     */
    TokenStream replay(int from, int to) {
        return new Replay(tokens.subList(from, to), true);
    }

    /** The tokens as a stream again, with the attributes a query builder reads. */
    private static final class Replay extends TokenStream {
        private final List<Token> tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final boolean startsAfresh;
        private int next;

        Replay(List<Token> tokens, boolean startsAfresh) {
            this.tokens = tokens;
            this.startsAfresh = startsAfresh;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.size()) {
                return false;
            }
            clearAttributes();
            Token token = tokens.get(next++);
            term.setEmpty().append(token.term());
            increment.setPositionIncrement(startsAfresh && next == 1 ? 1 : token.increment());
            length.setPositionLength(token.length());
            offset.setOffset(token.start(), token.end());
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
