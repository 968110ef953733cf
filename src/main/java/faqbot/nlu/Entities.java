package faqbot.nlu;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a message names: procedures (e.g. "kyphoplasty", or "both" for a comparison) and topics (e.g. "risks").
 * Names, never the patient's words.
 */
public record Entities(Set<String> procedures, Set<String> topics) {

    public static final String BOTH = "both";

    /**
     * Kept in sorted order: Set.copyOf iterates in an order that changes from one JVM to the next, and the names are
     * searched in iteration order, so a near tie between two passages was decided differently run by run.
     */
    public Entities {
        procedures = Collections.unmodifiableSortedSet(new TreeSet<>(procedures));
        topics = Collections.unmodifiableSortedSet(new TreeSet<>(topics));
    }

    public boolean isEmpty() {
        return procedures.isEmpty() && topics.isEmpty();
    }
}
