package faqbot.dialog;

import faqbot.nlu.Entities;
import faqbot.nlu.EntityRecognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How to answer a turn in context: what to search for, and which procedures and topics the turn is about.
 * A message that names no procedure inherits the last one ("is it dangerous?"); a message that names a procedure
 * but no topic, right after a topic was discussed or a clarifying question was asked, inherits the topic
 * ("and for kyphoplasty?").
 */
record TurnPlan(String query, List<String> procedures, List<String> topics, boolean procedureInherited) {

    /** Follow-ups are short; a long message is a new question even if it names no topic. */
    private static final int SHORT_FOLLOW_UP_WORDS = 6;

    static TurnPlan of(String message, Entities named, ConversationState state, EntityRecognizer recognizer) {
        List<String> procedures = new ArrayList<>(named.procedures());
        List<String> topics = new ArrayList<>(named.topics());
        StringBuilder query = new StringBuilder(message);
        boolean inherited = false;
        if (procedures.isEmpty() && !state.procedures().isEmpty()) {
            procedures.addAll(state.procedures());
            inherited = true;
            procedures.forEach(p -> query.append(' ').append(procedureWords(p, recognizer)));
        }
        boolean followUp = state.clarifying() || words(message) <= SHORT_FOLLOW_UP_WORDS;
        if (topics.isEmpty() && followUp && !state.topics().isEmpty() && !inherited) {
            topics.addAll(state.topics());
            topics.forEach(t -> query.append(' ').append(recognizer.searchWords("topic", t)));
        }
        return new TurnPlan(query.toString(), List.copyOf(procedures), List.copyOf(topics), inherited);
    }

    private static String procedureWords(String procedure, EntityRecognizer recognizer) {
        return procedure.equals(Entities.BOTH) ? recognizer.allProcedureWords() : recognizer.searchWords("procedure", procedure);
    }

    private static int words(String message) {
        return message.strip().split("\\s+").length;
    }
}
