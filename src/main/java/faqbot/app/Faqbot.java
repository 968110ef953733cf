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
import faqbot.semantic.Embedder;
import faqbot.search.SubjectArtifact;
import java.io.Closeable;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.nio.file.Path;
import java.util.List;

/** faqbot's parts wired together once: the indexer, the live index and the chat service. */
public final class Faqbot implements Closeable {

    private static final SecureRandom SECURE_RANDOM = new SecureRandom();

    private final Indexer indexer;
    private final LiveIndex index;
    private final ChatService chat;
    private final Publisher publisher;
    private final GapLog gaps;
    /** A temporary index directory this instance built and deletes at close (ask and chat on a changed corpus), or null. */
    private final Path temporary;

    private Faqbot(Indexer indexer, LiveIndex index, ChatService chat, Publisher publisher, GapLog gaps, Path temporary) {
        this.indexer = indexer;
        this.index = index;
        this.chat = chat;
        this.publisher = publisher;
        this.gaps = gaps;
        this.temporary = temporary;
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
        Embedder.preload();
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
        Embedder.preload();
        Path generation = new IndexStore(indexDir).current().orElseThrow(() -> new IllegalStateException(
                indexDir + " has no built generation: run reindex, then copy the index directory here"));
        Builds builds = builds(corpusDir, indexDir);
        return start(corpusDir, indexDir, builds, StartupIndex.openAsIs(builds, generation), settings,
                GapSettings.fromEnvironment(System.getenv(), indexDir), secret);
    }

    /**
     * For questions asked at the command line (ask, chat), never publishing or writing anything in the index
     * directory: the live generation if it was built from this corpus and passes its checks, else a temporary
     * generation built from the corpus as it is now, deleted at {@link #close}. Unanswered questions are not recorded.
     */
    public static Faqbot openToAsk(Path corpusDir, Path indexDir, DialogSettings settings) throws Exception {
        String secret = HexFormat.of().formatHex(randomBytes()); // tokens only live as long as this process
        Builds live = builds(corpusDir, indexDir);
        Optional<Path> current = live.store().current();
        if (current.isPresent() && live.store().isCurrentFor(CorpusLoader.checksum(corpusDir))) {
            try {
                return start(corpusDir, indexDir, live, live.open(current.get()), settings, GapSettings.off(), secret, null);
            } catch (IOException | RuntimeException unusable) {
                // damaged: answer from a temporary build; serve or reindex repairs the live one
            }
        }
        Path temporary = Files.createTempDirectory("faqbot-temporary-index-");
        try {
            Builds scratch = builds(corpusDir, temporary);
            return start(corpusDir, temporary, scratch, scratch.open(scratch.ensureCurrent()), settings, GapSettings.off(), secret,
                    temporary);
        } catch (Exception e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    private static Faqbot start(Path corpusDir, Path indexDir, Builds builds, PassageIndex opened, DialogSettings settings,
            GapSettings gapSettings, String configuredSecret) throws Exception {
        return start(corpusDir, indexDir, builds, opened, settings, gapSettings, configuredSecret, null);
    }

    private static Faqbot start(Path corpusDir, Path indexDir, Builds builds, PassageIndex opened, DialogSettings settings,
            GapSettings gapSettings, String configuredSecret, Path temporary) throws Exception {
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
        return new Faqbot(indexer(corpusDir, indexDir), index, chat, new Publisher(builds, index, chat::warmUp), gaps, temporary);
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
        return List.of(Faqbot::trainIntentModel, new QuestionTypeArtifact(), new SubjectArtifact());
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

    /** The generation being answered from, e.g. gen-000003. */
    public String generation() {
        return index.use(idx -> idx.manifest().generation());
    }

    /** Whether that generation is a temporary one built for this process (see {@link #openToAsk}), not the live one. */
    public boolean isTemporary() {
        return temporary != null;
    }

    @Override
    public void close() {
        gaps.close();
        index.close();
        if (temporary != null) {
            deleteQuietly(temporary);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        SECURE_RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void deleteQuietly(Path dir) {
        try {
            IndexStore.deleteTree(dir);
        } catch (IOException leftInTmp) {
            // the system's temporary directory is cleaned by the system
        }
    }
}
