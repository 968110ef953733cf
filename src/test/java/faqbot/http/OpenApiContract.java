package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * faqbot's OpenAPI description (faqbot/openapi.yaml), and a check of a real response against it: the operation is
 * documented, its status is one the operation documents, and the content type, required headers and JSON body are
 * those of that response. The JSON Schemas are evaluated by networknt's json-schema-validator in OpenAPI 3.1's
 * dialect; the response objects they sit in are found by following the document's own $refs.
 */
final class OpenApiContract {

    static final String RESOURCE = OpenApiController.RESOURCE;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private final JsonNode document;
    private final SchemaRegistry schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31());
    private final Set<String> checked = new LinkedHashSet<>();

    OpenApiContract() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            this.document = new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** Every documented operation as "METHOD /path". */
    Set<String> operations() {
        Set<String> operations = new LinkedHashSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The operations a checked response belonged to so far. */
    Set<String> checked() {
        return checked;
    }

    /** Fails unless the response is one the description documents for {@code method path}. */
    void check(String method, String path, HttpResponse<String> response) {
        String operation = method + " " + path;
        JsonNode op = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertThat(op.isObject()).as(operation + " is documented").isTrue();
        String status = Integer.toString(response.statusCode());
        JsonNode documented = resolve(op.path("responses").path(status));
        assertThat(documented.isObject()).as(operation + " documents the status it answered, " + status + ": " + response.body())
                .isTrue();
        checkHeaders(operation + " " + status, documented, response);
        checkContent(operation + " " + status, pointerOf(op, path, method, status, documented), documented, response);
        checked.add(operation);
    }

    /** Fails unless the body is valid against the named component schema, e.g. "Error". */
    void checkBody(String component, String body) {
        assertThat(errors("/components/schemas/" + component, body)).as(component + ": " + body).isEmpty();
    }

    private void checkHeaders(String what, JsonNode documented, HttpResponse<String> response) {
        for (Iterator<Map.Entry<String, JsonNode>> it = documented.path("headers").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (resolve(header.getValue()).path("required").asBoolean(false)) {
                assertThat(response.headers().firstValue(header.getKey())).as(what + " has the header " + header.getKey()).isPresent();
            }
        }
    }

    private void checkContent(String what, String responsePointer, JsonNode documented, HttpResponse<String> response) {
        JsonNode content = documented.path("content");
        if (!content.isObject()) {
            assertThat(response.body()).as(what + " has no body").isEmpty();
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
        assertThat(content.has(type)).as(what + " answers with a documented content type, not '" + type + "'").isTrue();
        if (type.equals("application/json")) {
            String pointer = responsePointer + "/content/" + escape(type) + "/schema";
            assertThat(errors(pointer, response.body())).as(what + ": " + response.body()).isEmpty();
        }
    }

    /** The JSON pointer of the response object, where the schema's own $refs resolve from. */
    private String pointerOf(JsonNode op, String path, String method, String status, JsonNode documented) {
        JsonNode raw = op.path("responses").path(status);
        if (raw.has("$ref")) {
            return raw.get("$ref").asText().substring(1);
        }
        return "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status;
    }

    private List<String> errors(String pointer, String body) {
        Schema schema = schemas.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + pointer));
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(body, InputFormat.JSON)) {
            messages.add(error.toString());
        }
        return messages;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        while (at.has("$ref")) {
            at = document.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
