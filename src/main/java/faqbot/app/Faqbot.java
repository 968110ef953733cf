package faqbot.app;

import faqbot.corpus.CorpusLoader;
import faqbot.dialog.ChatService;
import faqbot.gaps.GapLog;
import faqbot.gaps.GapSettings;
import faqbot.publish.Builds;
import faqbot.publish.Publisher;
import faqbot.dialog.ConversationSecret;
import faqbot.dialog.ConversationTokens;
import java.time.Clock;
import faqbot.corpus.Corpus;
import faqbot.nlu.IntentModel;
import faqbot.nlu.IntentTrainingData;
import java.nio.file.Files;
import faqbot.dialog.DialogSettings;
import faqbot.index.BuildProgress;
import faqbot.index.GenerationArtifact;
import faqbot.index.IndexStore;
import faqbot.index.Indexer;
import faqbot.nlu.SentenceSplitter;
import faqbot.search.LiveIndex;
import faqbot.search.PassageIndex;
import faqbot.search.QuestionTypeArtifact;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

/** faqbot's parts wired together once: the indexer, the live index and the chat service. */
public final class Faqbot implements Closeable {

    private final Indexer indexer;
    private final LiveIndex index;
    private final ChatService chat;
    private final Publisher publisher;
    private final GapLog gaps;

    private Faqbot(Indexer indexer, LiveIndex index, ChatService chat, Publisher publisher, GapLog gaps) {
        this.indexer = indexer;
        this.index = index;
        this.chat = chat;
        this.publisher = publisher;
        this.gaps = gaps;
    }

    /**
     * Opens the index for the corpus, building it first (checked, verified) if it is missing or stale. Unanswered
     * questions are recorded only if the environment turns it on (FAQBOT_GAPS=on).
     */
    public static Faqbot open(Path corpusDir, Path indexDir, DialogSettings settings) throws Exception {
        return open(corpusDir, indexDir, settings, GapSettings.fromEnvironment(System.getenv(), indexDir));
    }

    /** As {@link #open(Path, Path, DialogSettings)}, with the unanswered-questions setting given. */
    public static Faqbot open(Path corpusDir, Path indexDir, DialogSettings settings, GapSettings gapSettings) throws Exception {
        return open(corpusDir, indexDir, settings, gapSettings, BuildProgress.NONE);
    }

    /** As {@link #open(Path, Path, DialogSettings)}, telling the progress of a build it has to make first. */
    public static Faqbot open(Path corpusDir, Path indexDir, DialogSettings settings, BuildProgress progress) throws Exception {
        return open(corpusDir, indexDir, settings, GapSettings.fromEnvironment(System.getenv(), indexDir), progress);
    }

    private static Faqbot open(Path corpusDir, Path indexDir, DialogSettings settings, GapSettings gapSettings,
            BuildProgress progress) throws Exception {
        Builds builds = builds(corpusDir, indexDir);
        // issue 7: a corrupt or missing generation is rebuilt, never served half-readable
        return start(corpusDir, indexDir, builds, StartupIndex.open(builds, progress), settings, gapSettings,
                System.getenv(ConversationSecret.ENV));
    }

    /**
     * Opens the live generation of the index directory as it is, never building one: how a replica serves the
     * generation copied to it, identical to every other replica's whatever the corpus beside it says.
     *
     * @param secret the conversation-token secret all replicas share (FAQBOT_CONVERSATION_SECRET)
     */
    public static Faqbot openBuilt(Path corpusDir, Path indexDir, DialogSettings settings, String secret) throws Exception {
        Path generation = new IndexStore(indexDir).current().orElseThrow(() -> new IllegalStateException(
                indexDir + " has no built generation: run reindex, then copy the index directory here"));
        Builds builds = builds(corpusDir, indexDir);
        return start(corpusDir, indexDir, builds, StartupIndex.openAsIs(builds, generation), settings,
                GapSettings.fromEnvironment(System.getenv(), indexDir), secret);
    }

    private static Faqbot start(Path corpusDir, Path indexDir, Builds builds, PassageIndex opened, DialogSettings settings,
            GapSettings gapSettings, String configuredSecret) throws Exception {
        LiveIndex index = new LiveIndex(opened);
        ConversationTokens tokens = new ConversationTokens(ConversationSecret.resolve(configuredSecret, indexDir), Clock.systemUTC());
        GapLog gaps = new GapLog(gapSettings, word -> index.use(idx -> idx.knows(word)), Clock.systemUTC());
        ChatService chat = new ChatService(index, SentenceSplitter.english(), settings, tokens, gaps);
        try {
            chat.warmUp(); // the models load now, not in the first visitors' requests; only then is the server ready
        } catch (RuntimeException e) {
            index.close(); // a generation whose models do not load is not served at all
            throw e;
        }
        return new Faqbot(indexer(corpusDir, indexDir), index, chat, new Publisher(builds, index, chat::warmUp), gaps);
    }

    public static Indexer indexer(Path corpusDir, Path indexDir) {
        return new Indexer(corpusDir, new IndexStore(indexDir), CorpusLoader.standard(), artifacts());
    }

    /** Safe builds of the corpus into the index directory: validated, verified, one at a time, with rollback. */
    public static Builds builds(Path corpusDir, Path indexDir) {
        return new Builds(corpusDir, new IndexStore(indexDir), CorpusLoader.standard(), artifacts(), Builds.standardChecks());
    }

    /** What each generation holds besides the Lucene index. */
    public static List<GenerationArtifact> artifacts() {
        return List.of(Faqbot::trainIntentModel, new QuestionTypeArtifact());
    }

    /** The intent model is trained from corpus/intents/ with every index build and saved beside the index. */
    private static void trainIntentModel(Corpus corpus, Path generationDir) {
        Path intents = corpus.directory().resolve("intents");
        if (Files.isDirectory(intents)) {
            IntentModel.train(IntentTrainingData.read(intents)).save(generationDir.resolve(ChatService.INTENT_MODEL_FILE));
        }
    }

    public Indexer indexer() {
        return indexer;
    }

    public LiveIndex index() {
        return index;
    }

    public ChatService chat() {
        return chat;
    }

    /** Reindex and rollback while serving, and the index's status. */
    public Publisher publisher() {
        return publisher;
    }

    public GapLog gaps() {
        return gaps;
    }

    @Override
    public void close() {
        gaps.close();
        index.close();
    }
}
