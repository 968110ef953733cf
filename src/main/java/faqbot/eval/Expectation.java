package faqbot.eval;

import faqbot.dialog.ChatReply;
import faqbot.dialog.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one turn's reply must be: its type (one of several, written "answer|clarify"), a cited section (one of the
 * anchors or passage ids listed), and a phrase the answer contains (any case, any spacing). Empty parts are not checked.
 */
record Expectation(Set<String> types, List<String> sections, String contains) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    Expectation {
        types = Set.copyOf(types);
        sections = List.copyOf(sections);
        contains = contains == null ? "" : contains;
    }

    /** What is wrong with the reply, empty when it is as expected. */
    List<String> mismatches(ChatReply reply) {
        List<String> wrong = new ArrayList<>();
        String type = reply.type().json();
        if (!types.isEmpty() && !types.contains(type)) {
            wrong.add("type " + type + ", expected " + String.join(" or ", types.stream().sorted().toList()));
        }
        if (!sections.isEmpty() && reply.citations().stream().noneMatch(this::citesExpected)) {
            wrong.add(reply.citations().isEmpty() ? "no section cited" : "cited " + cited(reply));
        }
        if (!contains.isBlank() && !normal(reply.answer()).contains(normal(contains))) {
            wrong.add("the answer does not contain \"" + contains + "\"");
        }
        return wrong;
    }

    /** "answer from a or b containing \"x\"". */
    String describe() {
        StringBuilder out = new StringBuilder(types.isEmpty() ? "any reply" : String.join(" or ", types.stream().sorted().toList()));
        if (!sections.isEmpty()) {
            out.append(" citing ").append(String.join(" or ", sections));
        }
        if (!contains.isBlank()) {
            out.append(" containing \"").append(contains).append('"');
        }
        return out.toString();
    }

    static String cited(ChatReply reply) {
        return String.join(", ", reply.citations().stream().map(Expectation::anchor).toList());
    }

    private boolean citesExpected(Citation c) {
        return sections.contains(anchor(c)) || sections.contains(c.id());
    }

    /** The section anchor of a citation: the URL's fragment, else the passage id. */
    static String anchor(Citation c) {
        int hash = c.url() == null ? -1 : c.url().indexOf('#');
        return hash >= 0 ? c.url().substring(hash + 1) : c.id();
    }

    private static String normal(String text) {
        return SPACES.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
