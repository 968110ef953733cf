package faqbot.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.corpus.Passage;
import faqbot.index.FocusKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the content of one generation is about, derived when it was built ({@link SubjectArtifact}): its subjects with
 * their names, and for each passage the subjects it is about and the kind of section it is (the question type it
 * answers: "information", "treatment", "symptoms", …). Read once per generation; holds only the content's own words.
 */
public final class ContentSubjects {

    /** The file in an index generation. */
    public static final String FILE = "subjects.json";
    static final ContentSubjects NONE = new ContentSubjects(List.of(), Map.of());
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One passage's part.
     *
     * @param subjects the ids of the subjects it is about: those its headings name, else its document's
     * @param kind the question type it answers, or "" when unknown
     */
    record About(List<String> subjects, String kind) {
        About {
            subjects = List.copyOf(subjects);
            kind = kind == null ? "" : kind;
        }
    }

    /** The file's layout. */
    record Stored(List<Subject> subjects, Map<String, About> passages) {}

    private final Map<String, Subject> byId = new LinkedHashMap<>();
    private final Map<String, About> passages;
    private final Map<String, List<String>> names;
    /** Each subject's names as analyzed words ("spinal cord injuri"), by id. */
    private final Map<String, List<String>> keys;
    private final Map<String, Set<String>> terms;

    ContentSubjects(List<Subject> subjects, Map<String, About> passages) {
        subjects.forEach(s -> byId.put(s.id(), s));
        this.passages = Map.copyOf(passages);
        Map<String, List<String>> byName = new LinkedHashMap<>();
        byId.values().forEach(s -> byName.put(s.id(), s.names()));
        this.names = java.util.Collections.unmodifiableMap(byName);
        Map<String, List<String>> keyed = new HashMap<>();
        byId.values().forEach(s -> keyed.put(s.id(), s.names().stream().map(FocusKeys::key).filter(k -> !k.isEmpty()).distinct().toList()));
        this.keys = Map.copyOf(keyed);
        Map<String, Set<String>> words = new HashMap<>();
        keyed.forEach((id, keysOf) -> words.put(id, keysOf.stream().flatMap(k -> Arrays.stream(k.split(" "))).collect(java.util.stream.Collectors.toUnmodifiableSet())));
        this.terms = Map.copyOf(words);
    }

    /** The subjects of a generation; none when it was built without them (then only entities.txt names subjects). */
    static ContentSubjects read(Path generationDir) throws IOException {
        Path file = generationDir.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        Stored stored = JSON.readValue(file.toFile(), Stored.class);
        return new ContentSubjects(stored.subjects(), stored.passages());
    }

    void write(Path generationDir) throws IOException {
        JSON.writeValue(generationDir.resolve(FILE).toFile(), new Stored(subjects(), passages));
    }

    public List<Subject> subjects() {
        return List.copyOf(byId.values());
    }

    /** Every subject's names by its id, for recognizing them in a message. */
    public Map<String, List<String>> names() {
        return names;
    }

    /** The ids of the subjects a passage is about; empty when unknown. */
    public Set<String> of(String passageId) {
        About about = passages.get(passageId);
        return about == null ? Set.of() : Set.copyOf(about.subjects());
    }

    /**
     * Whether a passage is about one of the subjects asked, or about a narrower subject whose name holds the name of
     * one asked ("Adolescent idiopathic scoliosis" for "scoliosis").
     */
    public boolean isAbout(String passageId, Collection<String> asked) {
        for (String subject : of(passageId)) {
            for (String a : asked) {
                if (subject.equals(a) || within(subject, a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one subject's name holds another's whole: the first is a narrower kind of the second. */
    boolean within(String narrower, String wider) {
        for (String key : keys.getOrDefault(narrower, List.of())) {
            for (String name : keys.getOrDefault(wider, List.of())) {
                if ((" " + key + " ").contains(" " + name + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a passage's own text names one of the subjects (every word of one of its names, in any inflection). */
    public boolean mentions(Passage passage, Collection<String> subjects) {
        String text = (String.join(" ", passage.trail()) + " " + passage.text()).toLowerCase(Locale.ROOT);
        return subjects.stream().flatMap(s -> keys.getOrDefault(s, List.of()).stream())
                .anyMatch(key -> Arrays.stream(key.split(" ")).allMatch(text::contains));
    }

    /** The analyzed words of every name of a subject. */
    Set<String> terms(String subject) {
        return terms.getOrDefault(subject, Set.of());
    }

    /** The question type a passage answers, if known. */
    public Optional<String> kind(String passageId) {
        About about = passages.get(passageId);
        return about == null || about.kind().isEmpty() ? Optional.empty() : Optional.of(about.kind());
    }

    /** The name to show for a subject id (the id itself for one only entities.txt names). */
    public String name(String subjectId) {
        Subject s = byId.get(subjectId);
        return s == null ? subjectId : s.name();
    }
}
