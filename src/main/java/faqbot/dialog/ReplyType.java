package faqbot.dialog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of reply the visitor gets; the widget styles each differently. */
public enum ReplyType {
    ANSWER, FALLBACK, SMALLTALK, URGENT, CLARIFY;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
