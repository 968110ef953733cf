package faqbot.dialog;

import java.util.List;

/**
 * One reply of the bot, as the chat API returns it.
 *
 * @param answer plain text taken from the corpus (or a fixed reply for small talk, urgent and fallback)
 * @param confidence how sure the bot is that the answer answers the question, 0..1
 * @param intent what the bot took the message for, with {@code intentProbability}
 * @param conversation opaque token the client sends back with the next message
 */
public record ChatReply(
        ReplyType type,
        String answer,
        double confidence,
        String intent,
        double intentProbability,
        List<Citation> citations,
        List<String> suggestions,
        String disclaimer,
        String conversation) {

    public ChatReply {
        citations = List.copyOf(citations);
        suggestions = List.copyOf(suggestions);
    }
}
