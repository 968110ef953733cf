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

    ChatController(ChatService chat, ObjectMapper json) {
        this.chat = chat;
        this.json = json;
    }

    void post(Context ctx) {
        requireJson(ctx);
        ChatRequest request = ChatRequest.parse(ctx.body(), json);
        ctx.json(chat.reply(request.message(), request.conversation()));
    }

    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HttpResponseException(415, "Send the body as JSON with 'Content-Type: application/json'.");
        }
    }
}
