package faqbot.dialog;

import faqbot.config.ClinicSettings;
import java.util.HashMap;
import java.util.Map;

/**
 * The words and thresholds an operator may change.
 *
 * @param answerThreshold the least confidence at which the bot answers instead of falling back
 * @param clinic the clinic's name, contact, emergency numbers and disclaimer (faqbot.yaml)
 */
public record DialogSettings(double answerThreshold, ClinicSettings clinic) {

    public static final double DEFAULT_THRESHOLD = 0.45;

    public static DialogSettings defaults() {
        return of(ClinicSettings.defaults());
    }

    public static DialogSettings of(ClinicSettings clinic) {
        return new DialogSettings(DEFAULT_THRESHOLD, clinic);
    }

    /** Shown with every medical answer. */
    public String disclaimer() {
        return clinic.disclaimer();
    }

    /** The values small-talk replies fill in. */
    Map<String, String> placeholders(String topics) {
        Map<String, String> values = new HashMap<>(clinic.placeholders());
        values.put("topics", topics);
        return values;
    }
}
