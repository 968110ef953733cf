package faqbot.dialog;

/**
 * The words and thresholds an operator may change.
 *
 * @param answerThreshold the least confidence at which the bot answers instead of falling back
 * @param disclaimer shown with every medical answer
 * @param contact the clinic's contact text, for "how do I reach a person?"
 */
public record DialogSettings(double answerThreshold, String disclaimer, String contact) {

    public static final String DEFAULT_DISCLAIMER =
            "This is general information from our patient-education content, not medical advice. "
                    + "Please talk to your doctor about your own situation.";

    public static final String DEFAULT_CONTACT =
            "Please call the clinic's front desk during opening hours, or use the contact page of this website.";

    public static DialogSettings defaults() {
        return new DialogSettings(0.45, DEFAULT_DISCLAIMER, DEFAULT_CONTACT);
    }
}
