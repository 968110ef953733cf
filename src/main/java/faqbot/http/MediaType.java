package faqbot.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Content-Type value read as RFC 9110 (section 8.3.1) writes it: {@code type/subtype} and parameters whose values
 * are tokens or quoted strings. Type, subtype and parameter names are case-insensitive and kept in lower case; a
 * quoted value is unquoted; a parameter given twice makes the header ambiguous. Jetty's own parameter reader is lenient (it takes an unterminated quote), so a header
 * that is not well formed is refused here rather than guessed at.
 *
 * @param parameters names in lower case, values as sent (unquoted)
 */
record MediaType(String type, String subtype, Map<String, String> parameters) {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E\\x80-\\xFF]|\\\\[\\t \\x21-\\x7E\\x80-\\xFF])*\"";
    private static final Pattern TYPE = Pattern.compile("[ \\t]*(" + TOKEN + ")/(" + TOKEN + ")");
    private static final Pattern PARAMETER = Pattern.compile("\\G[ \\t]*;[ \\t]*(?:(" + TOKEN + ")=(" + TOKEN + "|" + QUOTED + "))?");
    private static final Pattern END = Pattern.compile("\\G[ \\t]*$");

    /** The media type, or null when the header is absent or not well formed. */
    static MediaType parse(String header) {
        if (header == null) {
            return null;
        }
        Matcher type = TYPE.matcher(header);
        if (!type.lookingAt()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher parameter = PARAMETER.matcher(header).region(type.end(), header.length());
        int at = type.end();
        while (parameter.find()) {
            if (parameter.group(1) != null
                    && parameters.put(parameter.group(1).toLowerCase(Locale.ROOT), unquote(parameter.group(2))) != null) {
                return null; // the same parameter twice: which one was meant?
            }
            at = parameter.end();
        }
        if (!END.matcher(header).region(at, header.length()).find()) {
            return null;
        }
        return new MediaType(type.group(1).toLowerCase(Locale.ROOT), type.group(2).toLowerCase(Locale.ROOT), parameters);
    }

    boolean is(String type, String subtype) {
        return this.type.equals(type) && this.subtype.equals(subtype);
    }

    /** The charset parameter, or null when there is none. */
    String charset() {
        return parameters.get("charset");
    }

    private static String unquote(String value) {
        if (!value.startsWith("\"")) {
            return value;
        }
        return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
    }
}
