package faqbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.dialog.ChatService;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;

/** POST /api/chat: HTTP in and out only; the dialog service does the answering. */
final class ChatController {

    private final ChatService chat;
    private final ObjectMapper json;
    private final ChatMetrics metrics;
    private final WorkGate gate;

    ChatController(ChatService chat, ObjectMapper json, ChatMetrics metrics, WorkGate gate) {
        this.chat = chat;
        this.json = json;
        this.metrics = metrics;
        this.gate = gate;
    }

    void post(Context ctx) {
        requireJson(ctx);
        ChatRequest request = ChatRequest.parse(ctx.body(), json);
        gate.answer(ctx, () -> chat.reply(request.message(), request.conversation()), reply -> {
            metrics.replied(reply);
            ctx.json(reply);
        });
    }

    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HttpResponseException(415, "Send the body as JSON with 'Content-Type: application/json'.");
        }
    }
}
