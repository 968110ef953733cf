package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import faqbot.app.Faqbot;
import faqbot.dialog.DialogSettings;
import faqbot.gaps.GapSettings;
import faqbot.index.Version;
import faqbot.testing.CorpusCopy;
import faqbot.testing.Servers;
import faqbot.testing.TinyCorpus;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description the server serves, checked against the server's real responses: every documented operation
 * answers, with a documented status, content type and JSON body, for answers, refusals and errors alike, on a real
 * server over a copy of the bundled corpus with the admin API on.
 */
class OpenApiContractTest {

    private static final String TOKEN = "contract-admin-token";
    private static final String BEARER = "Bearer " + TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path tmp;

    private static Path corpus;
    private static Faqbot faqbot;
    private static Javalin app;
    private final OpenApiContract contract = new OpenApiContract();

    @BeforeAll
    static void start() throws Exception {
        corpus = copyOfTheBundledCorpus(tmp.resolve("corpus"));
        faqbot = Faqbot.open(corpus, tmp.resolve("index"), DialogSettings.defaults(),
                new GapSettings(true, 30, 100, tmp.resolve("gaps.json")));
        app = FaqbotApp.create(faqbot.chat(), faqbot.index(), new WebSettings(corpus, AllowedOrigins.ownOriginOnly()),
                new AdminServices(TOKEN, faqbot.publisher(), faqbot.gaps())).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        Servers.stop(app);
        faqbot.close();
    }

    @Test
    void theServedDescriptionIsAValidOpenApi31DocumentWithThisBuildsVersion() throws Exception {
        HttpResponse<String> json = get("/api/openapi.json");
        HttpResponse<String> yaml = get("/api/openapi.yaml");

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json.body());
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        JsonNode served = JSON.readTree(json.body());
        assertThat(served.at("/info/version").asText()).isEqualTo(Version.application());
        assertThat(new YAMLMapper().readTree(yaml.body())).isEqualTo(served);
        assertThat(served.get("paths")).isEqualTo(contract.document().get("paths"));
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        JsonNode answer = json(chat("{\"message\": \"what is kyphoplasty?\"}", "POST /api/chat", 200));
        assertThat(answer.get("type").asText()).isEqualTo("answer");
        chat("{\"message\": \"is it safe?\", \"conversation\": \"" + answer.get("conversation").asText() + "\"}", "POST /api/chat", 200);
        exchange("OPTIONS", "/api/chat", request("/api/chat").header("Origin", "http://127.0.0.1:" + app.port())
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()), 204);
        exchange("GET", "/api/search", request("/api/search?q=kyphoplasty%20cost&k=3").GET(), 200);
        exchange("GET", "/api/clinic", request("/api/clinic").GET(), 200);
        exchange("GET", "/api/health", request("/api/health").GET(), 200);
        exchange("GET", "/api/ready", request("/api/ready").GET(), 200);
        exchange("GET", "/api/openapi.json", request("/api/openapi.json").GET(), 200);
        exchange("GET", "/api/openapi.yaml", request("/api/openapi.yaml").GET(), 200);
        exchange("GET", "/metrics", request("/metrics").GET(), 200);
        exchange("GET", "/api/admin/status", admin("/api/admin/status").GET(), 200);
        exchange("GET", "/api/admin/gaps", admin("/api/admin/gaps").GET(), 200);
        JsonNode unchanged = json(exchange("POST", "/api/admin/reindex", admin("/api/admin/reindex").POST(none()), 200));
        assertThat(unchanged.get("unchanged").asBoolean()).isTrue();
        exchange("POST", "/api/admin/rollback", admin("/api/admin/rollback").POST(none()), 500); // nothing earlier to go to

        assertThat(contract.checked()).containsExactlyInAnyOrderElementsOf(contract.operations());
    }

    @Test
    void everyApiRouteTheServerHasIsDocumented() {
        Set<String> routes = app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getMethod().isHttpMethod())
                .filter(e -> e.getPath().startsWith("/api/") || e.getPath().equals("/metrics")) // not the demo page and its files
                .map(e -> e.getMethod().name() + " " + e.getPath())
                .collect(Collectors.toSet());

        assertThat(routes).containsExactlyInAnyOrderElementsOf(contract.operations());
    }

    @Test
    void everyKindOfReplyHasTheDocumentedShape() throws Exception {
        for (String message : new String[] {"what is the weather on mars?", "hello", "thank you", "are you a robot?",
                "how do I talk to a person?", "I have crushing chest pain and can't breathe", "how long does recovery take?",
                "what does it cost?"}) {
            chat(JSON.writeValueAsString(java.util.Map.of("message", message)), "POST /api/chat", 200);
        }
    }

    @Test
    void errorsHaveTheDocumentedStatusAndShape() throws Exception {
        chat("{\"message\": ", "POST /api/chat", 400);
        chat("{\"message\": \"   \"}", "POST /api/chat", 400);
        chat("{\"message\": \"a\", \"message\": \"b\"}", "POST /api/chat", 400);
        exchange("POST", "/api/chat", request("/api/chat").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("what is kyphoplasty?")), 415);
        exchange("POST", "/api/chat", request("/api/chat").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[17 * 1024])), 413);
        exchange("POST", "/api/chat", request("/api/chat").header("Content-Type", "application/json")
                .header("Origin", "https://elsewhere.example").POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"hi\"}")), 403);
        exchange("GET", "/api/search", request("/api/search").GET(), 400);
        exchange("GET", "/api/search", request("/api/search?q=kyphoplasty&k=99").GET(), 400);
        exchange("GET", "/api/admin/status", request("/api/admin/status").GET(), 401);
        exchange("GET", "/api/admin/gaps", request("/api/admin/gaps").header("Authorization", "Bearer not-it").GET(), 403);

        HttpResponse<String> unknown = send(request("/api/no-such-thing").GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        contract.checkBody("Error", unknown.body());
    }

    @Test
    void aCorpusWithErrorsIsReported422WithTheResult() throws Exception {
        TinyCorpus.write(corpus, "faq/broken.csv", "question,answer,url\n\"Unclosed quote,A.,https://h.example/x\n");
        try {
            JsonNode body = json(exchange("POST", "/api/admin/reindex", admin("/api/admin/reindex").POST(none()), 422));
            assertThat(body.at("/result/errors/0").asText()).startsWith("faq/broken.csv:2: error:");
        } finally {
            Files.delete(corpus.resolve("faq/broken.csv"));
            try (Stream<Path> left = Files.list(corpus.resolve("faq"))) {
                if (left.findAny().isEmpty()) {
                    Files.delete(corpus.resolve("faq")); // as the bundled corpus was, for the checksum of the unchanged reindex
                }
            }
        }
    }

    @Test
    void refusalsOfARateLimitedServerAreDocumented() {
        try (HardenedServer limited = HardenedServer.start(HttpSettings.defaults().withRateLimit(1))) {
            contract.check("GET", "/api/clinic", limited.get("/api/clinic"));
            HttpResponse<String> refused = limited.get("/api/clinic");
            assertThat(refused.statusCode()).isEqualTo(429);
            contract.check("GET", "/api/clinic", refused);
            contract.check("POST", "/api/chat", limited.chat("{\"message\": \"what is kyphoplasty?\"}"));
        }
    }

    private HttpResponse<String> chat(String body, String operation, int status) {
        return exchange("POST", operation.substring(5), request("/api/chat").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), status);
    }

    /** Sends it, checks it against the description, and that the status is the one the test meant to get. */
    private HttpResponse<String> exchange(String method, String path, HttpRequest.Builder request, int status) {
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        contract.check(method, path, response);
        return response;
    }

    private static HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder admin(String path) {
        return request(path).header("Authorization", BEARER);
    }

    private static HttpRequest.BodyPublisher none() {
        return HttpRequest.BodyPublishers.noBody();
    }

    private static HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The bundled corpus without its content tests, where a test may break it. */
    private static Path copyOfTheBundledCorpus(Path target) throws IOException {
        Path source = Path.of("corpus");
        return CorpusCopy.of(source, target, f -> !f.startsWith(source.resolve("tests")));
    }
}
