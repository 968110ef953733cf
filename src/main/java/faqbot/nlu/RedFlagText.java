package faqbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Tokens for red-flag matching: normalised words with negations joined, so "can not" and "cannot" both read "cant". */
final class RedFlagText {

    private static final Map<String, String> NEGATED = Map.of(
            "can", "cant", "cannot", "cant", "could", "couldnt", "do", "dont", "does", "doesnt",
            "will", "wont", "is", "isnt", "am", "amnot", "did", "didnt");

    private RedFlagText() {
    }

    static List<String> tokens(String text) {
        List<String> raw = Arrays.asList(TextNormaliser.tokens(text));
        List<String> joined = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            boolean negation = i + 1 < raw.size() && raw.get(i + 1).equals("not") && NEGATED.containsKey(token);
            if (token.equals("cannot")) {
                joined.add("cant");
            } else if (negation) {
                joined.add(NEGATED.get(token));
                i++;
            } else {
                joined.add(token);
            }
        }
        return joined;
    }
}
