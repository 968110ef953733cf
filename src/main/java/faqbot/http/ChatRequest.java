package faqbot.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;

/** The body of POST /api/chat, read strictly: each way it can be wrong gets its own message. Unknown fields are ignored. */
record ChatRequest(String message, String conversation) {

    static final int MAX_MESSAGE_CHARS = 2000;

    static ChatRequest parse(String body, ObjectMapper json) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("The body is not valid JSON (or is nested too deeply).");
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestResponse("The body must be a JSON object like {\"message\": \"...\"}.");
        }
        return new ChatRequest(message(node.get("message")), conversation(node.get("conversation")));
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
