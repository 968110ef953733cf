package faqbot.search;

import java.util.List;
import java.util.Optional;

/**
 * What ranking knows of a turn's question besides its words: the subjects it names or inherits, the topics it names
 * (entities.txt), the kind of section it asks for, and what it asks the definition of. Names and the content's
 * vocabulary only, never kept past the turn.
 *
 * @param kind the question type read in the message (see {@link PassageIndex#askedKind}), if any
 * @param definitionOf the name it asks the definition of ({@link Definitions#askedAbout}), if any
 * @param subjectInherited whether the subjects come from the conversation, the question naming none (a follow-up)
 */
public record TurnQuestion(List<String> subjects, List<String> topics, Optional<String> kind, Optional<String> definitionOf,
        boolean subjectInherited) {

    public TurnQuestion {
        subjects = List.copyOf(subjects);
        topics = List.copyOf(topics);
    }
}
