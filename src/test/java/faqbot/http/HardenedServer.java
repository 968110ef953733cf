package faqbot.http;

import faqbot.testing.Servers;
import faqbot.app.Faqbot;
import faqbot.testing.TestIndex;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** faqbot's HTTP app on the bundled article, on a random loopback port, with a client for tests. */
final class HardenedServer implements AutoCloseable {

    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HardenedServer(Javalin app) {
        this.app = app;
    }

    static HardenedServer start(HttpSettings settings) {
        return start(settings, AllowedOrigins.ownOriginOnly(), app -> { });
    }

    /** With the websites that may embed the widget, and routes a test adds before the server starts. */
    static HardenedServer start(HttpSettings settings, AllowedOrigins origins, Consumer<Javalin> extraRoutes) {
        Faqbot faqbot = TestIndex.bundled();
        Javalin app = FaqbotApp.create(faqbot.chat(), faqbot.index(), new WebSettings(Path.of("corpus"), origins),
                AdminServices.off(), settings);
        extraRoutes.accept(app);
        return new HardenedServer(app.start("127.0.0.1", 0));
    }

    /** Without a rate limit, so tests that send many requests measure only what they mean to. */
    static HardenedServer unlimited() {
        return start(HttpSettings.defaults().withRateLimit(0));
    }

    int port() {
        return app.port();
    }

    /** Jetty's threads running a request or its own work right now. */
    int busyThreads() {
        return ((QueuedThreadPool) app.jettyServer().server().getThreadPool()).getBusyThreads();
    }

    /** A GET to an app a test started itself. */
    static HttpResponse<String> get(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> chat(String json, String... headers) {
        return post("/api/chat", "application/json", json, headers);
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder r = request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return send(r.build());
    }

    /** Writes raw bytes on a new connection and returns everything the server answers until it closes or a response ends. */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAll(socket.getInputStream());
        }
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                bytes.write(buf, 0, n);
            }
        } catch (IOException closedOrTimedOut) {
            // what arrived so far is the answer
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(Duration.ofSeconds(20));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return r;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        Servers.stop(app);
    }
}
