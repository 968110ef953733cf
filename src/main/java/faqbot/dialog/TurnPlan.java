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
 *
 * @param ownWords what the patient asked, with an inherited procedure: the words confidence is judged on, so
 *     words added for ranking never make the bot less sure
 * @param context what is searched with them: the topics' words, and for a follow-up the last heading
 */
record TurnPlan(String ownWords, String context, List<String> procedures, List<String> topics, boolean procedureInherited) {

    /** Follow-ups are short; a long message is a new question even if it names no topic. */
    private static final int SHORT_FOLLOW_UP_WORDS = 6;

    /**
     * @param lastHeading the heading of the passage last answered from, or empty: when a follow-up names no topic,
     *     the last passage's heading stands for it ("and for vertebroplasty?" after "Post-Procedure Care for Kyphoplasty")
     */
    static TurnPlan of(String message, Entities named, ConversationState state, EntityRecognizer recognizer, String lastHeading) {
        List<String> procedures = new ArrayList<>(named.procedures());
        List<String> topics = new ArrayList<>(named.topics());
        StringBuilder context = new StringBuilder();
        StringBuilder own = new StringBuilder(message);
        // The topic's own words say what the patient's "how much" or "get over it" means in the content's terms.
        topics.forEach(t -> context.append(' ').append(recognizer.searchWords("topic", t)));
        boolean inherited = false;
        if (procedures.isEmpty() && !state.procedures().isEmpty()) {
            procedures.addAll(state.procedures());
            inherited = true;
            procedures.forEach(p -> own.append(' ').append(procedureWords(p, recognizer)));
        }
        // A comparison ("is the balloon one better?") asks about the procedures as a whole, not the last topic.
        boolean comparison = named.procedures().contains(Entities.BOTH);
        boolean followUp = state.clarifying() || (words(message) <= SHORT_FOLLOW_UP_WORDS && !comparison);
        if (topics.isEmpty() && followUp && !inherited) {
            topics.addAll(state.topics());
            topics.forEach(t -> context.append(' ').append(recognizer.searchWords("topic", t)));
            context.append(' ').append(withoutProcedures(lastHeading, recognizer));
        }
        return new TurnPlan(own.toString(), context.toString().strip(), List.copyOf(procedures), List.copyOf(topics), inherited);
    }

    /** The topic of a heading without its procedure: "Post-Procedure Care for Kyphoplasty" → "Post-Procedure Care for". */
    private static String withoutProcedures(String heading, EntityRecognizer recognizer) {
        String out = heading;
        for (String word : recognizer.allProcedureWords().split(" ")) {
            if (!word.isBlank()) {
                out = out.replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(word) + "\\b", " ");
            }
        }
        return out;
    }

    /** Whether the turn is about a procedure, named in the message or carried over. */
    boolean procedureNamed() {
        return !procedures.isEmpty();
    }

    private static String procedureWords(String procedure, EntityRecognizer recognizer) {
        return procedure.equals(Entities.BOTH) ? recognizer.allProcedureWords() : recognizer.searchWords("procedure", procedure);
    }

    private static int words(String message) {
        return message.strip().split("\\s+").length;
    }
}
