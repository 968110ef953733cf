package faqbot.nlu;

import java.util.ArrayList;
import java.util.List;

/** One line of redflags.txt: every group must occur within {@link #WINDOW} words of the others. */
record RedFlagPattern(UrgentKind kind, List<PhraseGroup> groups, String source) {

    static final int WINDOW = 8;

    RedFlagPattern {
        groups = List.copyOf(groups);
    }

    /** Whether the message matches; most patterns are rejected at once, by a group none of whose words occurs. */
    boolean matches(FlagText text) {
        for (int g = 0; g < groups.size(); g++) {
            if (!groups.get(g).mayOccurIn(text)) {
                return false;
            }
        }
        List<List<int[]>> spans = new ArrayList<>();
        for (PhraseGroup group : groups) {
            List<int[]> found = group.spansIn(text);
            if (found.isEmpty()) {
                return false;
            }
            spans.add(found);
        }
        return closeEnough(spans, 0, Integer.MAX_VALUE, Integer.MIN_VALUE);
    }

    // Tries the combinations of occurrences that still fit in the window: spans only widen, so one already too wide
    // is dropped (trying every combination let far-apart repeats of a pattern's words cost millions of steps).
    private static boolean closeEnough(List<List<int[]>> spans, int group, int first, int last) {
        if (group == spans.size()) {
            return true;
        }
        for (int[] span : spans.get(group)) {
            int from = Math.min(first, span[0]);
            int to = Math.max(last, span[1]);
            if (to - from < WINDOW && closeEnough(spans, group + 1, from, to)) {
                return true;
            }
        }
        return false;
    }
}
