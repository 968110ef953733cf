package faqbot.dialog;

import faqbot.nlu.SentenceSplitter;
import faqbot.search.LiveIndex;
import faqbot.search.PassageIndex;
import faqbot.search.SearchHit;
import faqbot.search.SearchResult;
import java.util.List;

/** Answers one chat message: retrieve, judge confidence, compose the answer or an honest fallback. */
public final class ChatService {

    static final String FALLBACK =
            "I'm sorry, I don't have an answer to that in our articles. Here are some questions I can answer:";

    private final LiveIndex index;
    private final AnswerComposer composer;
    private final DialogSettings settings;

    public ChatService(LiveIndex index, SentenceSplitter sentences, DialogSettings settings) {
        this.index = index;
        this.composer = new AnswerComposer(sentences);
        this.settings = settings;
    }

    public ChatReply reply(String message, String conversation) {
        return index.use(idx -> answer(idx, message));
    }

    private ChatReply answer(PassageIndex idx, String message) {
        SearchResult result = idx.search(message, 5);
        double confidence = result.isEmpty() ? 0 : Confidence.of(result.hits().get(0));
        if (confidence < settings.answerThreshold()) {
            return fallback(idx, result.hits(), confidence);
        }
        SearchHit top = result.hits().get(0);
        String answer = composer.compose(top.passage(), result.question());
        return new ChatReply(ReplyType.ANSWER, answer, confidence, "question", 1.0,
                List.of(Citation.of(top.passage(), answer)), Suggestions.after(top.passage(), idx, message),
                settings.disclaimer(), "");
    }

    private ChatReply fallback(PassageIndex idx, List<SearchHit> weak, double confidence) {
        return new ChatReply(ReplyType.FALLBACK, FALLBACK, confidence, "question", 1.0, List.of(),
                Suggestions.instead(weak, idx), settings.disclaimer(), "");
    }
}
