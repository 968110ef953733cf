package faqbot.dialog;

import faqbot.nlu.Intent;
import java.util.List;

/**
 * One reply of the bot, as the chat API returns it. Made by the factory of its kind ({@link #answer}, {@link #fallback},
 * {@link #clarify}, {@link #smallTalk}, {@link #urgent}), then given its suggestions and conversation token.
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

    /** Text from the corpus that answers a question, with where it came from and the medical disclaimer. */
    static ChatReply answer(String text, Citation citation, double confidence, Intent intent, String disclaimer) {
        return new ChatReply(ReplyType.ANSWER, text, confidence, Intent.QUESTION, intent.probability(), List.of(citation),
                List.of(), disclaimer, "");
    }

    /** The honest "I don't know" (or the content team's out-of-scope reply). */
    static ChatReply fallback(String text, double confidence, Intent intent) {
        return new ChatReply(ReplyType.FALLBACK, text, confidence, intent.name(), intent.probability(), List.of(), List.of(), "", "");
    }

    /** A question back, with the choices offered as suggestions. */
    static ChatReply clarify(String question, List<String> options, double confidence, Intent intent) {
        return new ChatReply(ReplyType.CLARIFY, question, confidence, intent.name(), intent.probability(), List.of(), options, "", "");
    }

    static ChatReply smallTalk(String text, Intent intent) {
        return new ChatReply(ReplyType.SMALLTALK, text, 1.0, intent.name(), intent.probability(), List.of(), List.of(), "", "");
    }

    /** Where to get help now; no suggestions, so nothing distracts from it. */
    static ChatReply urgent(String text, Intent intent) {
        return new ChatReply(ReplyType.URGENT, text, 1.0, intent.name(), intent.probability(), List.of(), List.of(), "", "");
    }

    /** This reply offering these next questions. */
    ChatReply suggesting(List<String> next) {
        return new ChatReply(type, answer, confidence, intent, intentProbability, citations, next, disclaimer, conversation);
    }

    /** This reply carrying the conversation's token. */
    ChatReply continuing(String token) {
        return new ChatReply(type, answer, confidence, intent, intentProbability, citations, suggestions, disclaimer, token);
    }
}
