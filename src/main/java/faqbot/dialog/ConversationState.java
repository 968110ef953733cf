package faqbot.dialog;

import java.util.List;

/**
 * What the dialogue remembers between turns, carried in the signed token: names of subjects and topics, the
 * last cited passage, counts. Never the patient's words.
 *
 * @param subjects ids of the subjects last discussed ("kyphoplasty", "osteoporosis", "both")
 * @param topics topics last discussed ("risks", "recovery", ...)
 * @param lastPassage id of the passage last answered from, or empty
 * @param turns how many turns the conversation has had
 * @param clarifying whether the bot just asked which subject the patient means
 * @param issuedAt epoch seconds when the token was made; old tokens expire
 */
public record ConversationState(
        List<String> subjects,
        List<String> topics,
        String lastPassage,
        int turns,
        boolean clarifying,
        long issuedAt) {

    public ConversationState {
        subjects = List.copyOf(subjects);
        topics = List.copyOf(topics);
    }

    static ConversationState first() {
        return new ConversationState(List.of(), List.of(), "", 0, false, 0);
    }

    ConversationState next(List<String> subjects, List<String> topics, String lastPassage, boolean clarifying) {
        return new ConversationState(subjects, topics, lastPassage, turns + 1, clarifying, 0);
    }

    /** A turn that does not move the topic (small talk): only the count changes. */
    ConversationState counted() {
        return new ConversationState(subjects, topics, lastPassage, turns + 1, false, 0);
    }
}
