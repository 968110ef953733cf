package faqbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.dialog.ChatService;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;

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
        ChatRequest request = ChatRequest.parse(BodyLimit.of(ctx), json);
        gate.answer(ctx, () -> chat.reply(request.message(), request.conversation()), reply -> {
            metrics.replied(reply);
            ctx.json(reply);
        });
    }

    /** JSON is UTF-8 (RFC 8259): a charset parameter may say so, in any case, quoted or not, and say nothing else. */
    static void requireJson(Context ctx) {
        MediaType type = MediaType.parse(ctx.header(Header.CONTENT_TYPE));
        if (type == null || !type.is("application", "json")) {
            throw new HttpResponseException(415, "Send the body as JSON with 'Content-Type: application/json'.");
        }
        String charset = type.charset();
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new HttpResponseException(415, "Send the JSON body in UTF-8 ('charset=utf-8' or no charset at all).");
        }
    }
}
