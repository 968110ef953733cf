package faqbot.http;

import faqbot.dialog.ChatReply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Replies by type (answer, fallback, urgent, ...) and by the intent the bot took the message for. */
final class ChatMetrics {

    private final MeterRegistry registry;

    ChatMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void replied(ChatReply reply) {
        Counter.builder("faqbot.chat.replies").description("Chat replies by type")
                .tag("type", reply.type().json()).register(registry).increment();
        Counter.builder("faqbot.chat.intents").description("Chat messages by detected intent")
                .tag("intent", reply.intent() == null ? "none" : reply.intent()).register(registry).increment();
    }
}
