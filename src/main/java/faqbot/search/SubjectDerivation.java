package faqbot.search;

import faqbot.corpus.Passage;
import faqbot.corpus.Slugs;
import faqbot.index.EntryStructure;
import faqbot.index.FocusKeys;
import faqbot.nlu.PartOfSpeech;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Works out what each passage is about, from the content alone: the subjects are the FAQ entries' focus names, the
 * documents' titles and the things headings define; a passage is about the subjects its headings (or FAQ question)
 * name, else about its document's. Names that differ only in inflection or case are one subject ("Spinal Cord Injury",
 * "Spinal Cord Injuries"): they are compared by their analyzed words.
 */
final class SubjectDerivation {

    /** One subject being gathered: its names in the order found, and the id a content team gave it, if any. */
    private static final class Gathered {
        final Set<String> names = new LinkedHashSet<>();
        String listedId;
    }

    private final Map<String, Gathered> byKey = new HashMap<>();
    private final List<Gathered> inOrder = new ArrayList<>();

    private SubjectDerivation() {}

    /**
     * @param listed the subjects a content team listed in entities.txt (id → phrases): a derived subject one of whose
     *     names is listed takes the listed id, so the team's other names join it
     * @param kind the kind of section a passage without a question type is, if known; one whose opening sentence says
     *     what its subject is is a definition ({@link Definitions#KIND}) whatever else its heading says
     */
    static ContentSubjects derive(List<Passage> passages, Map<String, List<String>> listed, Function<Passage, Optional<String>> kind) {
        SubjectDerivation d = new SubjectDerivation();
        for (Passage p : passages) {
            d.add(EntryStructure.focusNames(p));
            SubjectNames.ofTitle(p.documentTitle()).forEach(name -> d.add(List.of(name)));
            p.trail().forEach(h -> SubjectNames.defined(h).ifPresent(name -> d.add(List.of(name))));
            p.question().forEach(q -> SubjectNames.defined(q).ifPresent(name -> d.add(List.of(name))));
        }
        listed.forEach(d::claim);
        Map<Gathered, String> ids = d.ids();
        Map<String, ContentSubjects.About> about = new LinkedHashMap<>();
        for (Passage p : passages) {
            List<Gathered> of = d.about(p);
            List<String> subjects = of.stream().map(ids::get).distinct().toList();
            List<String> names = of.stream().flatMap(g -> g.names.stream()).toList();
            String kindOf = EntryStructure.questionType(p)
                    .orElseGet(() -> Definitions.defines(p.text(), names, PartOfSpeech.english()) ? Definitions.KIND : kind.apply(p).orElse(""));
            about.put(p.id(), new ContentSubjects.About(subjects, kindOf));
        }
        List<Subject> subjects = d.inOrder.stream()
                .map(g -> new Subject(ids.get(g), g.names.iterator().next(), List.copyOf(g.names))).toList();
        return new ContentSubjects(subjects, about);
    }

    /** Names of one subject: joined to the subject any of them already names, else a new one. */
    private void add(List<String> names) {
        List<String> keys = names.stream().map(FocusKeys::key).toList();
        Gathered subject = keys.stream().map(byKey::get).filter(g -> g != null).findFirst().orElse(null);
        if (subject == null) {
            if (keys.stream().allMatch(String::isEmpty)) {
                return;
            }
            subject = new Gathered();
            inOrder.add(subject);
        }
        for (int i = 0; i < names.size(); i++) {
            if (!keys.get(i).isEmpty()) {
                subject.names.add(names.get(i).strip());
                byKey.putIfAbsent(keys.get(i), subject);
            }
        }
    }

    private void claim(String id, List<String> phrases) {
        List<String> names = new ArrayList<>(List.of(id.replace('-', ' ')));
        names.addAll(phrases);
        for (String phrase : names) {
            Gathered g = byKey.get(FocusKeys.key(phrase));
            if (g != null && g.listedId == null) {
                g.listedId = id;
                return;
            }
        }
    }

    /** Each subject's id: the listed one, else the slug of its first name, made unique. */
    private Map<Gathered, String> ids() {
        Map<Gathered, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        inOrder.stream().filter(g -> g.listedId != null).forEach(g -> {
            ids.put(g, g.listedId);
            taken.add(g.listedId);
        });
        for (Gathered g : inOrder) {
            if (!ids.containsKey(g)) {
                String base = Slugs.slug(g.names.iterator().next());
                String id = base;
                for (int n = 2; !taken.add(id); n++) {
                    id = base + "-" + n;
                }
                ids.put(g, id);
            }
        }
        return ids;
    }

    /** The subjects of a passage: its focus, else those its headings name, else its document title's. */
    private List<Gathered> about(Passage p) {
        List<String> focus = EntryStructure.focusNames(p);
        Gathered focused = focus.isEmpty() ? null : byKey.get(FocusKeys.key(focus.get(0)));
        if (focused != null) {
            return List.of(focused);
        }
        List<Gathered> named = new ArrayList<>();
        for (String heading : p.isFaq() ? p.question() : p.trail()) {
            named(heading).stream().filter(g -> !named.contains(g)).forEach(named::add);
        }
        if (!named.isEmpty()) {
            return named;
        }
        return SubjectNames.ofTitle(p.documentTitle()).stream().map(n -> byKey.get(FocusKeys.key(n))).filter(g -> g != null).toList();
    }

    /** The subjects whose names the text holds whole, a name inside a longer one found left out ("back pain" in "low back pain"). */
    private List<Gathered> named(String text) {
        List<String> found = FocusKeys.runs(text).stream().filter(byKey::containsKey).distinct().toList();
        List<Gathered> out = new ArrayList<>();
        for (String key : found) {
            boolean inLonger = found.stream().anyMatch(other -> other.length() > key.length() && (" " + other + " ").contains(" " + key + " "));
            if (!inLonger && !out.contains(byKey.get(key))) {
                out.add(byKey.get(key));
            }
        }
        return out;
    }
}
