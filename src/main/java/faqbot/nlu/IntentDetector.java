package faqbot.nlu;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a chat message is. Safety first: red flags, then the classifier's urgent probability, then
 * small talk (unless a real question rides along with it, or the classifier is unsure), then the classifier with
 * its out-of-scope threshold.
 */
public final class IntentDetector {

    /** A general question that hits a red flag is still urgent when the classifier leans urgent. */
    static final double URGENT_IF_FLAGGED = 0.5;
    /**
     * Without a red flag the classifier alone must be very confident (at 0.7 it called an ordinary question urgent,
     * issue 17; at 0.9, first-person reports of an old fall or of slow height loss at 0.96 to 0.99); missed emergency
     * wording belongs in redflags.txt.
     */
    static final double URGENT_ALONE = 0.98;
    /** A question part inside a greeting or thanks must be at least this likely to count. */
    static final double QUESTION_PART = 0.5;
    /** A canned small-talk reply to a message we barely understood looks broken; below this we fall back. */
    static final double SMALL_TALK_MIN = 0.5;

    private static final Set<String> SOCIAL = Set.of(Intent.GREETING, Intent.THANKS, Intent.GOODBYE);

    private final IntentModel model;
    private final RedFlags redFlags;

    public IntentDetector(IntentModel model, RedFlags redFlags) {
        this.model = model;
        this.redFlags = redFlags;
    }

    /** Loads the model saved at index build time and the red flags from the corpus directory. */
    public static IntentDetector load(Path modelFile, Path corpusDir) {
        return new IntentDetector(IntentModel.load(modelFile), RedFlags.load(corpusDir.resolve("redflags.txt")));
    }

    public Intent detect(String message) {
        String[] words = TextNormaliser.tokens(message); // read once for the classifier and the red flags alike
        IntentScores scores = model.classify(words);
        double urgent = scores.probabilityOf(Intent.URGENT);
        // Whether it asks something rather than making small talk: a request the classifier reads as not about health
        // may still be one the content holds (the content decides, see dialog/ContentScope), so it counts too.
        double asQuestion = scores.probabilityOf(Intent.QUESTION) + scores.probabilityOf(Intent.OUT_OF_SCOPE);
        Optional<RedFlags.RedFlag> flag = redFlags.find(words);
        if (flag.isPresent() && (!flag.get().hypothetical() || urgent >= URGENT_IF_FLAGGED)) {
            return new Intent(Intent.URGENT, 1.0, flag.get().kind(), "red flag " + flag.get().pattern(), asQuestion);
        }
        if (urgent >= URGENT_ALONE) {
            return new Intent(Intent.URGENT, urgent, UrgentKind.MEDICAL, "classifier", asQuestion);
        }
        if (SOCIAL.contains(scores.intent())) {
            IntentScores question = questionInside(message);
            if (question != null) {
                return new Intent(Intent.QUESTION, question.probability(), null, scores.intent() + " with a question", asQuestion);
            }
        }
        if (scores.intent().equals(Intent.URGENT)) {
            // Leaning urgent but neither flagged nor sure: answer it as a question, whose answers carry the disclaimer.
            return new Intent(Intent.QUESTION, asQuestion, null, "weak urgent read as question", asQuestion);
        }
        Intent intent = new Intent(scores.intent(), scores.probability(), null, "classifier", asQuestion);
        if (intent.isSmallTalk() && intent.probability() < SMALL_TALK_MIN) {
            return new Intent(Intent.OUT_OF_SCOPE, 1 - intent.probability(), null, "unsure " + intent.name(), asQuestion);
        }
        return intent;
    }

    /** "hi, what is kyphoplasty?": the first part after punctuation or without the first words that is a question. */
    private IntentScores questionInside(String message) {
        for (String text : MessageParts.of(message)) {
            IntentScores part = model.classify(TextNormaliser.tokens(text));
            if (part.intent().equals(Intent.QUESTION) && part.probability() >= QUESTION_PART) {
                return part;
            }
        }
        return null;
    }
}
