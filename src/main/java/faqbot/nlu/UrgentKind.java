package faqbot.nlu;

import java.util.Locale;

/** Why a message is urgent: the reply differs (self-harm also gets a crisis line). */
public enum UrgentKind {
    MEDICAL, SELF_HARM;

    /** The name used in corpus files and replies: "medical", "self_harm". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static UrgentKind fromLabel(String label) {
        for (UrgentKind kind : values()) {
            if (kind.label().equals(label.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown red-flag category '" + label.strip() + "' (use medical or self_harm)");
    }
}
