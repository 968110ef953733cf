package faqbot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import faqbot.index.Version;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /api/openapi.json and /api/openapi.yaml: the OpenAPI 3.1 description of the public and admin API, written by
 * hand in {@code faqbot/openapi.yaml} and checked against the real responses by a test, with this build's version.
 */
final class OpenApiController {

    static final String RESOURCE = "faqbot/openapi.yaml";
    static final String JSON_PATH = "/api/openapi.json";
    static final String YAML_PATH = "/api/openapi.yaml";

    private final String json;
    private final String yaml;

    private OpenApiController(JsonNode document) throws IOException {
        this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        this.yaml = new YAMLMapper().writeValueAsString(document);
    }

    static OpenApiController load() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; build with Maven");
            }
            JsonNode document = new YAMLMapper().readTree(in);
            ((ObjectNode) document.get("info")).put("version", Version.application());
            return new OpenApiController(document);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    void json(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    void yaml(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").result(yaml);
    }
}
