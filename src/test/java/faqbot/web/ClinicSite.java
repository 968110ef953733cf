package faqbot.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Another website that embeds the widget, as a clinic would: its own server on its own port, so its pages have
 * an origin other than faqbot's. Its {@code /api/chat} always answers 429, for the rate-limit test, and
 * {@code /status/N/api/chat} answers status N in the API's error shape, for refusals faqbot's widget cannot provoke.
 */
final class ClinicSite implements AutoCloseable {

    private final HttpServer server;
    private final byte[] widget = WebAsset.load("widget.js", "text/javascript").bytes();

    private ClinicSite(HttpServer server) {
        this.server = server;
    }

    static ClinicSite start() {
        try {
            ClinicSite site = new ClinicSite(HttpServer.create(new InetSocketAddress(0), 0));
            site.server.createContext("/", site::page);
            site.server.createContext("/widget.js", exchange -> send(exchange, 200, "text/javascript", site.widget));
            site.server.createContext("/api/chat", ClinicSite::rateLimited);
            site.server.createContext("/status/", ClinicSite::refused);
            site.server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The origin of this site's pages when the browser reaches it through {@code host}. */
    String origin(String host) {
        return "http://" + host + ":" + port();
    }

    /**
     * A page of this site reached through {@code host}, with the widget loaded from {@code faqbot}'s address
     * ("self" for this site's own copy) and talking to {@code endpoint}.
     */
    String page(String host, String faqbot, String endpoint, String accent) {
        return origin(host) + "/?faqbot=" + encode(faqbot) + "&endpoint=" + encode(endpoint) + "&accent=" + encode(accent);
    }

    /** As {@link #page(String, String, String, String)}, with more attributes on the script tag, given as HTML. */
    String page(String host, String faqbot, String endpoint, String accent, String attributes) {
        return page(host, faqbot, endpoint, accent) + "&attributes=" + encode(attributes);
    }

    private void page(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String faqbot = query.getOrDefault("faqbot", "self");
        String src = faqbot.equals("self") ? "/widget.js" : faqbot + "/widget.js";
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Clinic A</title><link rel="icon" href="data:,"></head>
                <body><h1>Clinic A</h1><p><a href="#opening-hours">Opening hours</a></p>
                <p id="opening-hours">Monday to Friday, 8 to 18.</p>
                <script src="%s" data-endpoint="%s" data-title="Ask Clinic A" data-accent="%s" %s defer></script>
                </body></html>
                """.formatted(Html.escape(src), Html.escape(query.getOrDefault("endpoint", "")),
                Html.escape(query.getOrDefault("accent", "")), query.getOrDefault("attributes", ""));
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void rateLimited(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", "30");
        String body = "{\"error\":{\"status\":429,\"code\":\"rate_limited\",\"message\":\"Too many messages.\"}}";
        send(exchange, 429, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(HttpExchange exchange) throws IOException {
        int status = Integer.parseInt(exchange.getRequestURI().getPath().split("/")[2]);
        String body = "{\"error\":{\"status\":" + status + ",\"code\":\"error\",\"message\":\"Refused.\"}}";
        send(exchange, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** The widget's address for a stand-in faqbot on this site that refuses every chat with the status. */
    String refusing(String host, int status) {
        return origin(host) + "/status/" + status;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
