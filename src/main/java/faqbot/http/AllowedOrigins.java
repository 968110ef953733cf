package faqbot.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which web pages may call the API from a browser: the configured origins (clinic websites that
 * embed the widget) and always the faqbot host's own origin. Requests without an {@code Origin}
 * header do not come from a web page's script (curl, servers) and are allowed.
 */
public final class AllowedOrigins {

    /** The environment variable that lists allowed origins, comma-separated. */
    public static final String ENVIRONMENT_VARIABLE = "FAQBOT_ALLOWED_ORIGINS";

    private final Set<String> origins;

    private AllowedOrigins(Set<String> origins) {
        this.origins = Collections.unmodifiableSet(origins);
    }

    /** Only the server's own origin. */
    public static AllowedOrigins ownOriginOnly() {
        return new AllowedOrigins(new LinkedHashSet<>());
    }

    /**
     * Parses a comma-separated list such as {@code https://clinic-a.example,https://clinic-b.example:8443}.
     *
     * @throws IllegalArgumentException naming the entry that is not an http(s) origin
     */
    public static AllowedOrigins parse(String commaSeparated) {
        Set<String> origins = new LinkedHashSet<>();
        if (commaSeparated != null) {
            Arrays.stream(commaSeparated.split(","))
                    .map(String::trim)
                    .filter(entry -> !entry.isEmpty())
                    .forEach(entry -> origins.add(configured(entry)));
        }
        return new AllowedOrigins(origins);
    }

    /** The configured origins, normalised, in the order given. */
    public Set<String> configured() {
        return origins;
    }

    /**
     * @param origin the request's {@code Origin} header, or null when it has none
     * @param host the request's {@code Host} header: the address the browser used for faqbot itself
     */
    public boolean allows(String origin, String host) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        URI uri = parseOrigin(origin.trim());
        if (uri == null) {
            return false;
        }
        return origins.contains(serialise(uri)) || isOwn(uri, host);
    }

    /** Whether the text is an origin as a browser sends it for a web page ({@code scheme://host[:port]}), allowed or not. */
    static boolean isWebOrigin(String origin) {
        return origin != null && parseOrigin(origin.trim()) != null;
    }

    private static boolean isOwn(URI origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        URI self = parseOrigin(origin.getScheme() + "://" + host.trim());
        return self != null && serialise(self).equals(serialise(origin));
    }

    private static String configured(String entry) {
        URI uri = parseOrigin(entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry);
        if (uri == null) {
            throw new IllegalArgumentException("not an allowed origin (expected scheme://host[:port], "
                    + "for example https://clinic.example): " + entry);
        }
        return serialise(uri);
    }

    private static URI parseOrigin(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            return web && bare && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String serialise(URI origin) {
        String scheme = origin.getScheme().toLowerCase(Locale.ROOT);
        int port = origin.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + origin.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
