package faqbot.nlu;

import java.util.Arrays;
import java.util.Objects;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * What one token adds to the tagger's scores, worked out once however many of the ±2 positions around it use it:
 * the predicates that OpenNLP's POS feature generators make of it, as the model's parameters. A position's scores
 * are summed in the generators' order, so that they come out bit for bit as OpenNLP's: first the prior and the
 * token's own suf=, pre= and w=, which no other token's features come between and so are summed here once.
 */
final class TokenFeatures {

    /** The suffix and prefix generators' default length, which the model's descriptor keeps. */
    private static final int AFFIX_LENGTH = 4;

    /** The scores of the token's position from the prior, its suffixes, prefixes and word, summed in that order. */
    final double[] own;
    /** p1w=, p2w=, n1w=, n2w= of the token: its word as seen from 1 or 2 positions after or before it (or null). */
    final Context previous1;
    final Context previous2;
    final Context next1;
    final Context next2;
    /** wc= and w&c= of the token: its kind ("lc", "num", ...) alone and with its word, those the model knows. */
    final Context[] kind;

    private TokenFeatures(double[] own, String word, String kind, PosPredicates predicates) {
        this.own = own;
        this.previous1 = predicates.get("p1w=", word);
        this.previous2 = predicates.get("p2w=", word);
        this.next1 = predicates.get("n1w=", word);
        this.next2 = predicates.get("n2w=", word);
        this.kind = known(predicates.get("wc=", kind), predicates.get("w&c=", word + "," + kind));
    }

    private static Context[] known(Context... contexts) {
        return Arrays.stream(contexts).filter(Objects::nonNull).toArray(Context[]::new);
    }

    /** The token's features as the descriptor's Suffix, Prefix, Window(Token) and TokenClass generators make them. */
    static TokenFeatures of(String token, PosPredicates predicates) {
        String word = lowerCase(token);
        double[] own = predicates.prior();
        int affixes = Math.min(AFFIX_LENGTH, token.length());
        for (int length = 1; length <= affixes; length++) {
            PosPredicates.add(predicates.get("suf=", token.substring(token.length() - length)), own);
        }
        for (int length = 1; length <= affixes; length++) {
            PosPredicates.add(predicates.get("pre=", token.substring(0, length)), own);
        }
        PosPredicates.add(predicates.get("w=", word), own);
        return new TokenFeatures(own, word, FeatureGeneratorUtil.tokenFeature(token), predicates);
    }

    /** The token generator's lower-casing (code point by code point), without a copy for a word already lower-case. */
    private static String lowerCase(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (Character.toLowerCase(c) != c) {
                return StringUtil.toLowerCase(token);
            }
            i += Character.charCount(c);
        }
        return token;
    }
}
