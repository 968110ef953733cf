package faqbot.nlu;

import java.util.Set;

/**
 * What a message names: procedures (e.g. "kyphoplasty", or "both" for a comparison) and topics (e.g. "risks").
 * Names, never the patient's words.
 */
public record Entities(Set<String> procedures, Set<String> topics) {

    public static final String BOTH = "both";

    public Entities {
        procedures = Set.copyOf(procedures);
        topics = Set.copyOf(topics);
    }

    public boolean isEmpty() {
        return procedures.isEmpty() && topics.isEmpty();
    }
}
