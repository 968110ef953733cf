package faqbot.nlu;

import java.util.Set;

/**
 * What a message names: subjects (ids of what the content is about, e.g. "kyphoplasty", "osteoporosis", or "both"
 * for a comparison) and topics (e.g. "risks"). Names, never the patient's words.
 */
public record Entities(Set<String> subjects, Set<String> topics) {

    public static final String BOTH = "both";

    public Entities {
        subjects = Set.copyOf(subjects);
        topics = Set.copyOf(topics);
    }

    public boolean isEmpty() {
        return subjects.isEmpty() && topics.isEmpty();
    }
}
