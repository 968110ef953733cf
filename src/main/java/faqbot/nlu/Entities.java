package faqbot.nlu;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a message names: subjects (ids of what the content is about, e.g. "kyphoplasty", "osteoporosis", or "both"
 * for a comparison) and topics (e.g. "risks"). Names, never the patient's words.
 */
public record Entities(Set<String> subjects, Set<String> topics) {

    public static final String BOTH = "both";

    /**
     * Kept in sorted order: Set.copyOf iterates in an order that changes from one JVM to the next, and the names are
     * searched in iteration order, so a near tie between two passages was decided differently run by run.
     */
    public Entities {
        subjects = Collections.unmodifiableSortedSet(new TreeSet<>(subjects));
        topics = Collections.unmodifiableSortedSet(new TreeSet<>(topics));
    }

    public boolean isEmpty() {
        return subjects.isEmpty() && topics.isEmpty();
    }
}
