package faqbot.nlu;

import java.util.List;

/** Training data that cannot be used; the message lists every problem, one per line, as file:line where known. */
public final class IntentDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    IntentDataException(List<String> problems) {
        super("intent training data has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IntentDataException(problems);
        }
    }

    public List<String> problems() {
        return problems;
    }
}
