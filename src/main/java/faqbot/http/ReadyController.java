package faqbot.http;

import faqbot.dialog.ChatService;
import faqbot.search.LiveIndex;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * GET /api/ready: 200 while the server can answer questions (index open with passages, models loaded, not
 * stopping), else 503, so a load balancer sends visitors elsewhere. Liveness is /api/health. While the generation
 * served is the one built before the corpus's errors, it says so too (the server still answers from it).
 */
final class ReadyController {

    private final LiveIndex index;
    private final ChatService chat;
    private final CorpusErrorsAtStart corpusErrors;
    private final AtomicBoolean stopping = new AtomicBoolean();

    ReadyController(LiveIndex index, ChatService chat, CorpusErrorsAtStart corpusErrors) {
        this.index = index;
        this.chat = chat;
        this.corpusErrors = corpusErrors;
    }

    /** From now on the server says it is not ready, while requests in flight drain. */
    void stopping() {
        stopping.set(true);
    }

    void get(Context ctx) {
        if (stopping.get()) {
            throw new RetryLater(503, 5, "The server is shutting down.");
        }
        int passages = passages();
        if (passages <= 0) {
            throw new RetryLater(503, 5, "The index is not loaded yet.");
        }
        if (!chat.modelsLoaded()) {
            throw new RetryLater(503, 1, "The language models are loading.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ready");
        body.put("passages", passages);
        if (corpusErrors.holdFor(index.use(idx -> idx.manifest().generation()))) {
            body.put("corpusErrors", corpusErrors.errors().size());
            body.put("message", corpusErrors.sentence() + ".");
        }
        ctx.json(body);
    }

    /** The served generation's passages (0 when it cannot be read). */
    private int passages() {
        try {
            return index.use(idx -> idx.size());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
