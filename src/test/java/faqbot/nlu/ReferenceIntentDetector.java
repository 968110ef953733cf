package faqbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * IntentDetector.detect as it was before the fast intent code (commit 459cf13), over the reference classifier and
 * red flags: the message classified and re-tokenised for the red flags, parts of greetings found by regular
 * expressions and classified as joined Strings.
 */
final class ReferenceIntentDetector {

    private static final Set<String> SOCIAL = Set.of(Intent.GREETING, Intent.THANKS, Intent.GOODBYE);

    private final ReferenceIntentModel model;
    private final ReferenceRedFlags redFlags;

    ReferenceIntentDetector(ReferenceIntentModel model, ReferenceRedFlags redFlags) {
        this.model = model;
        this.redFlags = redFlags;
    }

    Intent detect(String message) {
        IntentScores scores = model.classify(message);
        double urgent = scores.probabilityOf(Intent.URGENT);
        double asQuestion = scores.probabilityOf(Intent.QUESTION);
        Optional<RedFlags.RedFlag> flag = redFlags.find(message);
        if (flag.isPresent() && (!flag.get().hypothetical() || urgent >= IntentDetector.URGENT_IF_FLAGGED)) {
            return new Intent(Intent.URGENT, 1.0, flag.get().kind(), "red flag " + flag.get().pattern(), asQuestion);
        }
        if (urgent >= IntentDetector.URGENT_ALONE) {
            return new Intent(Intent.URGENT, urgent, UrgentKind.MEDICAL, "classifier", asQuestion);
        }
        if (SOCIAL.contains(scores.intent())) {
            Optional<IntentScores> question = questionInside(message);
            if (question.isPresent()) {
                return new Intent(Intent.QUESTION, question.get().probability(), null, scores.intent() + " with a question", asQuestion);
            }
        }
        if (scores.intent().equals(Intent.URGENT)) {
            return new Intent(Intent.QUESTION, asQuestion, null, "weak urgent read as question", asQuestion);
        }
        Intent intent = new Intent(scores.intent(), scores.probability(), null, "classifier", asQuestion);
        if (intent.isSmallTalk() && intent.probability() < IntentDetector.SMALL_TALK_MIN) {
            return new Intent(Intent.OUT_OF_SCOPE, 1 - intent.probability(), null, "unsure " + intent.name(), asQuestion);
        }
        return intent;
    }

    private Optional<IntentScores> questionInside(String message) {
        return parts(message).stream().map(model::classify)
                .filter(s -> s.intent().equals(Intent.QUESTION) && s.probability() >= IntentDetector.QUESTION_PART)
                .findFirst();
    }

    /** The parts that questionInside classifies, in order (the test compares them with MessageParts too). */
    static List<String> parts(String message) {
        List<String> parts = new ArrayList<>();
        String[] clauses = message.split("[,.;:!?]+");
        if (clauses.length > 1) {
            Arrays.stream(clauses).map(String::strip).filter(c -> !c.isEmpty()).forEach(parts::add);
        }
        String[] words = message.strip().split("\\s+");
        for (int drop = 1; drop <= 2 && drop < words.length; drop++) {
            parts.add(String.join(" ", Arrays.copyOfRange(words, drop, words.length)));
        }
        return parts;
    }
}
