package faqbot.corpus;

import java.util.ArrayList;
import java.util.List;

/** The fields of an FAQ entry, shared by the CSV and JSONL sheets. */
final class FaqColumns {

    static final String ID = "id";
    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String ALTERNATES = "alternates";

    static final List<String> REQUIRED = List.of(QUESTION, ANSWER, URL);
    static final List<String> KNOWN = List.of(ID, QUESTION, ANSWER, URL, TITLE, ALTERNATES);

    private FaqColumns() {}

    /** "cost of it | how much is it" → ["cost of it", "how much is it"]. */
    static List<String> splitAlternates(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int bar = text.indexOf('|'); ; bar = text.indexOf('|', start)) {
            String part = (bar < 0 ? text.substring(start) : text.substring(start, bar)).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
            if (bar < 0) {
                return out;
            }
            start = bar + 1;
        }
    }
}
