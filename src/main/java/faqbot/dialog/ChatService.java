package faqbot.dialog;

import faqbot.nlu.Entities;
import faqbot.nlu.EntityRecognizer;
import faqbot.nlu.PartOfSpeech;
import faqbot.nlu.SentenceSplitter;
import faqbot.search.Definitions;
import faqbot.search.LiveIndex;
import faqbot.search.PassageIndex;
import faqbot.search.Ranking;
import faqbot.search.SearchHit;
import faqbot.search.SearchResult;
import faqbot.search.TurnQuestion;
import faqbot.nlu.Intent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Answers one chat turn in its conversation: follow the thread (inherited subject and topic), retrieve, judge
 * confidence, then answer from the corpus, ask which subject is meant, or fall back honestly.
 */
public final class ChatService {

    static final String FALLBACK =
            "I'm sorry, I don't have an answer to that in our articles. Here are some questions I can answer:";
    static final String CLARIFY = "Which one do you mean?";
    static final int CANDIDATES = 10;
    public static final String INTENT_MODEL_FILE = Understanding.INTENT_MODEL_FILE;
    /** A message naming one of the content's topics ("right for me") with this much coverage is about the content. */
    static final double NAMED_TOPIC_COVERAGE = 0.5;
    /** Generations whose models are kept loaded: the live one and the one a swap just replaced. */
    static final int GENERATIONS_KEPT = 2;

    private final LiveIndex index;
    private final AnswerComposer composer;
    private final DialogSettings settings;
    private final ConversationTokens tokens;
    /** The models of the generations being served, by generation: the live one and, during a swap, the one before. */
    private final Map<String, Understanding> understandings = new ConcurrentHashMap<>();
    private final UnansweredLog unanswered;

    public ChatService(LiveIndex index, SentenceSplitter sentences, DialogSettings settings, ConversationTokens tokens) {
        this(index, sentences, settings, tokens, UnansweredLog.NONE);
    }

    /** With a log of the questions that fell back (the opt-in gaps list). */
    public ChatService(LiveIndex index, SentenceSplitter sentences, DialogSettings settings, ConversationTokens tokens,
            UnansweredLog unanswered) {
        this.index = index;
        this.composer = new AnswerComposer(sentences);
        this.settings = settings;
        this.tokens = tokens;
        this.unanswered = unanswered;
    }

    public ChatReply reply(String message, String conversation) {
        ConversationState state = tokens.decode(conversation).orElse(ConversationState.first());
        ChatReply reply = index.use(idx -> answer(idx, message, state));
        if (reply.type() == ReplyType.FALLBACK) {
            unanswered.unanswered(message);
        }
        return reply;
    }

    private ChatReply answer(PassageIndex idx, String message, ConversationState state) {
        Understanding nlu = understanding(idx);
        Intent intent = nlu.detect(message);
        if (intent.isUrgent() || isSocial(intent)) {
            ChatReply reply = smallTalk(idx, nlu, intent, message, state);
            if (reply != null) {
                return reply;
            }
        }
        ChatReply answer = question(idx, nlu, intent, message, state);
        // "what is your phone number?" shares a word with the content, yet the content does not hold it: small talk
        ChatReply instead = answer.type() == ReplyType.FALLBACK && intent.isSmallTalk() ? smallTalk(idx, nlu, intent, message, state) : null;
        return instead == null ? answer : instead;
    }

    private ChatReply smallTalk(PassageIndex idx, Understanding nlu, Intent intent, String message, ConversationState state) {
        String text = nlu.reply(intent, settings, message);
        if (text == null) {
            return null;
        }
        ChatReply reply = intent.isUrgent() ? ChatReply.urgent(text, intent)
                : ChatReply.smallTalk(text, intent).suggesting(Suggestions.instead(List.of(), idx));
        return reply.continuing(tokens.encode(state.counted()));
    }

    /** The clinic's settings, for the widget's contact link and emergency line. */
    public DialogSettings settings() {
        return settings;
    }

    /** A greeting, thanks or goodbye (those with a question inside are already questions). */
    private static boolean isSocial(Intent intent) {
        return intent.name().equals(Intent.GREETING) || intent.name().equals(Intent.THANKS) || intent.name().equals(Intent.GOODBYE);
    }

    private ChatReply question(PassageIndex idx, Understanding nlu, Intent intent, String message, ConversationState state) {
        EntityRecognizer recognizer = idx.entities();
        Entities named = recognizer.recognize(message);
        String lastHeading = state.lastPassage().isEmpty() ? "" : idx.byId(state.lastPassage()).map(p -> p.heading()).orElse("");
        TurnPlan plan = TurnPlan.of(message, named, state, recognizer, lastHeading);
        SearchResult result = idx.search(plan.ownWords(), plan.context(), CANDIDATES);
        TurnQuestion asked = new TurnQuestion(plan.subjects(), plan.topics(), idx.askedKind(message), Definitions.askedAbout(message),
                plan.subjectInherited());
        List<SearchHit> hits = Ranking.forTurn(result.hits(), asked, recognizer, idx.subjects());
        double coverage = hits.isEmpty() ? 0 : hits.get(0).askedCoverage();
        double confidence = Confidence.of(coverage, hits.isEmpty() ? Double.NaN : hits.get(0).similarity(), intent.questionProbability());
        boolean aboutContent = plan.subjectNamed() || (!named.isEmpty() && coverage >= NAMED_TOPIC_COVERAGE);
        ContentScope.Verdict verdict = ContentScope.of(hits).verdict(intent, aboutContent);
        if (verdict != ContentScope.Verdict.FOR_THE_CONTENT || confidence < settings.answerThreshold()) {
            String text = verdict == ContentScope.Verdict.NOT_HEALTH ? nlu.reply(intent, settings, message) : null;
            return fallback(idx, text == null ? FALLBACK : text, intent, hits, confidence, state.counted());
        }
        SearchHit top = hits.get(0);
        List<String> ask = Ranking.subjectsToAskAbout(asked, result.question(), hits, recognizer, idx.subjects());
        if (!ask.isEmpty()) {
            // The best passage's heading says what the answer to "which one?" is about ("Recovery"), when no topic does.
            return clarify(idx, ask, intent, confidence, state.next(List.of(), plan.topics(), top.passage().id(), true));
        }
        String answer = composer.compose(top.passage(), result.question());
        List<String> subjects = plan.subjectsAfter(idx.subjects().of(top.passage().id()));
        ConversationState next = state.next(subjects, plan.topics(), top.passage().id(), false);
        return ChatReply.answer(answer, Citation.of(top.passage(), answer), confidence, intent, settings.disclaimer())
                .suggesting(Suggestions.after(top.passage(), hits, idx, message)).continuing(tokens.encode(next));
    }

    /** The quick replies are the competing passages' subjects, by name, and "Both" where the content team lists it for them. */
    private ChatReply clarify(PassageIndex idx, List<String> subjects, Intent intent, double confidence, ConversationState next) {
        List<String> options = new java.util.ArrayList<>(subjects.stream().map(s -> capitalized(idx.subjects().name(s))).toList());
        if (idx.entities().offersBoth(subjects)) {
            options.add(capitalized(Entities.BOTH));
        }
        return ChatReply.clarify(CLARIFY, options, confidence, intent).continuing(tokens.encode(next));
    }

    private ChatReply fallback(PassageIndex idx, String text, Intent intent, List<SearchHit> weak, double confidence,
            ConversationState next) {
        return ChatReply.fallback(text, confidence, intent).suggesting(Suggestions.instead(weak, idx)).continuing(tokens.encode(next));
    }

    /**
     * Loads the models of a generation about to be swapped in, so the first visitors after a swap do not wait for
     * them (and requests still finishing on the old generation keep theirs).
     */
    public void warmUp(PassageIndex idx) {
        understanding(idx);
        PartOfSpeech.english();
    }

    /** Loads the models of the generation being served (see {@link #warmUp(PassageIndex)}). */
    public void warmUp() {
        index.use(idx -> {
            warmUp(idx);
            return null;
        });
    }

    /** Whether the models of the generation being served are loaded: until then a server is not ready. */
    public boolean modelsLoaded() {
        return index.use(idx -> understandings.containsKey(idx.manifest().generation()));
    }

    /** The models of the generation a request runs on, loaded once per generation; older generations are dropped. */
    private Understanding understanding(PassageIndex idx) {
        String generation = idx.manifest().generation();
        Understanding known = understandings.get(generation);
        if (known != null) {
            return known;
        }
        // Loaded once even when the first requests arrive together; they wait for it rather than each loading it.
        Understanding loaded = understandings.computeIfAbsent(generation, g -> Understanding.of(idx));
        if (understandings.size() > GENERATIONS_KEPT) {
            understandings.keySet().stream().sorted().limit(understandings.size() - GENERATIONS_KEPT).toList()
                    .forEach(understandings::remove);
        }
        return loaded;
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
