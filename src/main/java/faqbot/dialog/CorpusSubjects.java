package faqbot.dialog;

import faqbot.corpus.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a corpus holds, named as its content names it: an article's or page's title, an FAQ entry's focus (else its
 * sheet's or entry's title). The subjects with the most passages come first, so the capability and out-of-scope
 * replies describe this content, whatever it is, and never a fixed list.
 */
final class CorpusSubjects {

    private final List<String> names;

    private CorpusSubjects(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The subjects of these passages, most passages first; names that differ only in case are one subject. */
    static CorpusSubjects of(List<Passage> passages) {
        Map<String, String> nameOf = new LinkedHashMap<>(); // by lower-cased name, in order of first appearance
        Map<String, Integer> count = new HashMap<>();
        for (Passage p : passages) {
            String name = subject(p);
            String key = name.toLowerCase(Locale.ROOT);
            if (!name.isBlank()) {
                nameOf.putIfAbsent(key, name);
                count.merge(key, 1, Integer::sum);
            }
        }
        List<String> keys = new ArrayList<>(nameOf.keySet());
        keys.sort(Comparator.comparingInt((String k) -> -count.get(k))); // stable: ties keep their first appearance
        return new CorpusSubjects(keys.stream().map(nameOf::get).toList());
    }

    /** The subject a passage is about: an FAQ entry's focus, else its document's title. */
    static String subject(Passage p) {
        String title = p.documentTitle() == null ? "" : p.documentTitle().strip();
        return p.isFaq() ? p.meta("focus").map(String::strip).filter(f -> !f.isEmpty()).orElse(title) : title;
    }

    List<String> names() {
        return names;
    }

    /**
     * The first {@code limit} subjects, "; "-separated, with how many more there are: "A; B; and 12 more subjects".
     *
     * @param complete whether these are all of the corpus's subjects; if not, the list ends "and more"
     */
    String listed(int limit, boolean complete) {
        if (names.isEmpty()) {
            return "the hospital's patient information";
        }
        List<String> shown = names.subList(0, Math.min(limit, names.size()));
        int more = names.size() - shown.size();
        String list = String.join("; ", shown);
        if (!complete) {
            return list + "; and more";
        }
        return more == 0 ? list : list + "; and " + more + (more == 1 ? " more subject" : " more subjects");
    }
}
