package faqbot.index;

import faqbot.corpus.Passage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * What an FAQ sheet may say about an entry besides its question and answer — its focus, the focus's other names,
 * its question type (MedQuAD's {@code focus}, {@code synonyms}, {@code qtype}) — and the index fields made of it.
 * Article sections have none, and get none of these fields.
 */
public final class EntryStructure {

    public static final String FOCUS = "focus";
    public static final String SYNONYMS = "synonyms";
    public static final String QUESTION_TYPE = "qtype";

    private EntryStructure() {}

    /** The focus first, then its other names; empty when the entry has no focus. */
    public static List<String> focusNames(Passage passage) {
        Set<String> names = new LinkedHashSet<>();
        passage.meta(FOCUS).filter(f -> !f.isBlank()).ifPresent(focus -> {
            names.add(focus.strip());
            passage.metadata().getOrDefault(SYNONYMS, List.of()).stream().filter(s -> !s.isBlank()).map(String::strip).forEach(names::add);
        });
        return new ArrayList<>(names);
    }

    public static Optional<String> questionType(Passage passage) {
        return passage.meta(QUESTION_TYPE).map(String::strip).filter(t -> !t.isEmpty());
    }

    static void addFields(Document doc, Passage passage) {
        List<String> names = focusNames(passage);
        if (!names.isEmpty()) {
            doc.add(new TextField(IndexFields.FOCUS, String.join("\n", names), Field.Store.NO));
        }
        names.stream().map(FocusKeys::key).filter(k -> !k.isEmpty()).distinct()
                .forEach(key -> doc.add(new StringField(IndexFields.FOCUS_KEY, key, Field.Store.NO)));
        questionType(passage).ifPresent(type -> doc.add(new StringField(IndexFields.QUESTION_TYPE, type, Field.Store.NO)));
    }
}
