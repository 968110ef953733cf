package faqbot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse errors, shortened to what helps a person fix the line. */
public final class JsonErrors {

    private JsonErrors() {}

    /** "column 57: Unexpected end-of-input: expected close marker for Object". */
    public static String brief(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf(" (start marker");
        message = (cut > 0 ? message.substring(0, cut) : message).lines().findFirst().orElse("").strip();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return column > 0 ? "column " + column + ": " + message : message;
    }
}
