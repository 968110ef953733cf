package faqbot.dialog;

import faqbot.nlu.Entities;
import faqbot.nlu.EntityRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How to answer a turn in context: what to search for, and which subjects and topics the turn is about.
 * A message that names no subject inherits the last one ("is it dangerous?", "how long does it take?"); a message
 * that names a subject but no topic, right after a topic was discussed or a clarifying question was asked, inherits
 * the topic ("and for kyphoplasty?").
 *
 * @param ownWords what the patient asked, with an inherited subject: the words confidence is judged on, so
 *     words added for ranking never make the bot less sure
 * @param context what is searched with them: the topics' words, and for a follow-up the last heading
 */
record TurnPlan(String ownWords, String context, List<String> subjects, List<String> topics, boolean subjectInherited) {

    /** Follow-ups are short; a long message is a new question even if it names no topic. */
    private static final int SHORT_FOLLOW_UP_WORDS = 6;

    /**
     * @param lastHeading the heading of the passage last answered from, or empty: when a follow-up names no topic,
     *     the last passage's heading stands for it ("and for vertebroplasty?" after "Post-Procedure Care for Kyphoplasty")
     */
    static TurnPlan of(String message, Entities named, ConversationState state, EntityRecognizer recognizer, String lastHeading) {
        List<String> subjects = new ArrayList<>(named.subjects());
        List<String> topics = new ArrayList<>(named.topics());
        StringBuilder context = new StringBuilder();
        StringBuilder own = new StringBuilder(message);
        // The topic's own words say what the patient's "how much" or "get over it" means in the content's terms.
        topics.forEach(t -> context.append(' ').append(recognizer.searchWords("topic", t)));
        boolean inherited = false;
        if (subjects.isEmpty() && !state.subjects().isEmpty()) {
            subjects.addAll(state.subjects());
            inherited = true;
            subjects.forEach(s -> own.append(' ').append(recognizer.subjectWords(s)));
        }
        // A comparison ("is the balloon one better?") asks about the subjects as a whole, not the last topic.
        boolean comparison = named.subjects().contains(Entities.BOTH);
        boolean followUp = state.clarifying() || (words(message) <= SHORT_FOLLOW_UP_WORDS && !comparison);
        if (topics.isEmpty() && followUp && !inherited) {
            topics.addAll(state.topics());
            topics.forEach(t -> context.append(' ').append(recognizer.searchWords("topic", t)));
            context.append(' ').append(withoutSubjects(lastHeading, recognizer));
        }
        return new TurnPlan(own.toString(), context.toString().strip(), List.copyOf(subjects), List.copyOf(topics), inherited);
    }

    /** The topic of a heading without its subjects: "Post-Procedure Care for Kyphoplasty" → "Post-Procedure Care for". */
    private static String withoutSubjects(String heading, EntityRecognizer recognizer) {
        String out = heading;
        for (String name : recognizer.allSubjectWords()) {
            if (!name.isBlank()) {
                out = out.replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(name) + "\\b", " ");
            }
        }
        return out;
    }

    /** Whether the turn is about a subject, named in the message or carried over. */
    boolean subjectNamed() {
        return !subjects.isEmpty();
    }

    /**
     * The subjects the conversation is about after this turn: those asked about, else the one the answer is about
     * (a question that named none, answered from one subject's passage, makes that subject the next turn's).
     */
    List<String> subjectsAfter(Set<String> answeredAbout) {
        if (!subjects.isEmpty() || answeredAbout.size() != 1) {
            return subjects;
        }
        return List.copyOf(answeredAbout);
    }

    private static int words(String message) {
        return message.strip().split("\\s+").length;
    }
}
