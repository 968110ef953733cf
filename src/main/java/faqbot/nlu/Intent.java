package faqbot.nlu;

/**
 * What a message is: one of the intent names below, how sure we are, and for urgent messages what kind.
 *
 * @param name        greeting, thanks, goodbye, bot_identity, capabilities, contact, question, out_of_scope or urgent
 * @param probability the classifier's probability for it; 1.0 when a red-flag pattern decided
 * @param urgentKind  medical or self-harm for urgent messages, otherwise null
 * @param reason      why, for logs: "classifier", "red flag corpus/redflags.txt:30", ...
 * @param questionProbability the classifier's probability that the whole message asks something (a question, or a
 *     request it reads as not about health, which the content may hold all the same) rather than making small talk,
 *     whatever was decided (1.0 without a model): how sure an answer may be
 */
public record Intent(String name, double probability, UrgentKind urgentKind, String reason, double questionProbability) {

    public static final String GREETING = "greeting";
    public static final String THANKS = "thanks";
    public static final String GOODBYE = "goodbye";
    public static final String BOT_IDENTITY = "bot_identity";
    public static final String CAPABILITIES = "capabilities";
    public static final String CONTACT = "contact";
    public static final String QUESTION = "question";
    public static final String OUT_OF_SCOPE = IntentModel.OUT_OF_SCOPE;
    public static final String URGENT = "urgent";

    public Intent {
        if (URGENT.equals(name) != (urgentKind != null)) {
            throw new IllegalArgumentException("urgentKind is required for urgent intents and only for them");
        }
    }

    public boolean isUrgent() {
        return urgentKind != null;
    }

    /** Small talk answered from smalltalk.yaml rather than from the articles. */
    public boolean isSmallTalk() {
        return switch (name) {
            case GREETING, THANKS, GOODBYE, BOT_IDENTITY, CAPABILITIES, CONTACT -> true;
            default -> false;
        };
    }
}
