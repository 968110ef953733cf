package faqbot.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The body of POST /api/chat, read strictly: UTF-8, one object, each field once, and each way it can be wrong gets its own message.
 * Unknown fields are ignored. */
record ChatRequest(String message, String conversation) {

    static final int MAX_MESSAGE_CHARS = 2000;

    static ChatRequest parse(byte[] body, ObjectMapper json) {
        JsonNode node;
        try {
            node = json.readTree(utf8(body));
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("The body must be one valid JSON object: each field once, nothing after it, "
                    + "not nested too deeply.");
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestResponse("The body must be a JSON object like {\"message\": \"...\"}.");
        }
        return new ChatRequest(message(node.get("message")), conversation(node.get("conversation")));
    }

    /** Strictly: bytes that are not UTF-8 are refused, never read as some other charset or replaced. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestResponse("The body is not valid UTF-8.");
        }
    }

    private static String message(JsonNode message) {
        if (message == null || message.isNull()) {
            throw new BadRequestResponse("The field 'message' is required.");
        }
        if (!message.isTextual()) {
            throw new BadRequestResponse("The field 'message' must be a string.");
        }
        String text = message.asText();
        if (text.isBlank()) {
            throw new BadRequestResponse("The field 'message' must not be empty.");
        }
        if (text.length() > MAX_MESSAGE_CHARS) {
            throw new BadRequestResponse("The message is longer than " + MAX_MESSAGE_CHARS + " characters; please shorten it.");
        }
        return text;
    }

    /** A token of the wrong type is treated like no token: the turn is answered as a first turn. */
    private static String conversation(JsonNode token) {
        return token != null && token.isTextual() ? token.asText() : null;
    }
}
