package faqbot.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which addresses may become citation links: absolute http or https URLs with a host and nothing else. A patient clicks
 * these, so `javascript:`, `data:`, `vbscript:`, protocol-relative `//host` and relative paths are refused, whatever
 * their case, and so is anything with a space or an invisible character in it (browsers drop those, which is how
 * `java&#9;script:` and a leading control character slip past a scheme check).
 */
public final class CitationUrl {

    private static final int SHOWN_CHARS = 80;
    /** RFC 3986's scheme, read before the rest so `data:text/html,<script>` is named for its scheme. */
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

    private CitationUrl() {}

    /** Whether the address may be handed to a visitor as a link. */
    public static boolean isSafe(String url) {
        return problem(url).isEmpty();
    }

    /** What is wrong with the address as a citation link, said for a content editor; empty when it is fine. */
    public static Optional<String> problem(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.of("the url is empty");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                return Optional.of("the url " + shown(url) + " has a space or an invisible character at position " + (i + 1)
                        + ": write spaces as %20 and remove the rest");
            }
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.lookingAt() && !isWebScheme(scheme.group(1))) {
            return Optional.of(wrongScheme(url, scheme.group(1)));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("the url " + shown(url) + " is not a valid web address (" + e.getReason() + " at position "
                    + (e.getIndex() + 1) + ")");
        }
        if (uri.getScheme() == null) {
            return Optional.of("the url " + shown(url) + (url.startsWith("//") ? " has no scheme" : " is not a full address")
                    + ": write it in full, starting with https://");
        }
        if (!isWebScheme(uri.getScheme())) {
            return Optional.of(wrongScheme(url, uri.getScheme()));
        }
        if (uri.isOpaque() || uri.getHost() == null) {
            return Optional.of("the url " + shown(url) + " has no host name: write it as https://host/path");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("the url " + shown(url) + " has a user name before its host (the part before @): remove it");
        }
        return Optional.empty();
    }

    private static boolean isWebScheme(String scheme) {
        String s = scheme.toLowerCase(Locale.ROOT);
        return s.equals("https") || s.equals("http");
    }

    private static String wrongScheme(String url, String scheme) {
        return "the url " + shown(url) + " uses '" + scheme.toLowerCase(Locale.ROOT) + ":'; only http:// and https:// addresses can be citation links";
    }

    /** The problem of an address read from a file, at the line it was read from; empty when the address is fine. */
    static Optional<Problem> problem(Path file, int line, String url) {
        return problem(url).map(message -> Problem.error(file, line, message));
    }

    /** The address in quotes, shortened, with invisible characters written as \\uXXXX so the report shows them. */
    private static String shown(String url) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < url.length() && i < SHOWN_CHARS; i++) {
            char c = url.charAt(i);
            out.append(c < ' ' || c == 0x7f || Character.getType(c) == Character.FORMAT ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append(url.length() > SHOWN_CHARS ? "…'" : "'").toString();
    }
}
