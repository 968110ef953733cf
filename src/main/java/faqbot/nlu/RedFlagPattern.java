package faqbot.nlu;

import java.util.List;

/** One line of redflags.txt: every group must occur within {@link #WINDOW} words in a row. */
record RedFlagPattern(UrgentKind kind, List<PhraseGroup> groups, String source) {

    static final int WINDOW = 8;

    RedFlagPattern {
        groups = List.copyOf(groups);
    }

    /** Whether some {@link #WINDOW} words in a row of the message hold every group. */
    boolean matches(List<String> message) {
        if (!groups.stream().allMatch(group -> group.occursIn(message))) {
            return false; // most patterns: not every group occurs at all
        }
        for (int start = 0; start < message.size(); start++) {
            int from = start;
            int to = Math.min(message.size(), start + WINDOW);
            if (groups.stream().allMatch(group -> group.occursWithin(message, from, to))) {
                return true;
            }
        }
        return false;
    }
}
