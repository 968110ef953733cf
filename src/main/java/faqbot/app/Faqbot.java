package faqbot.app;

import faqbot.corpus.CorpusLoader;
import faqbot.dialog.ChatService;
import faqbot.dialog.ConversationSecret;
import faqbot.dialog.ConversationTokens;
import java.time.Clock;
import faqbot.corpus.Corpus;
import faqbot.nlu.IntentModel;
import faqbot.nlu.IntentTrainingData;
import java.nio.file.Files;
import faqbot.dialog.DialogSettings;
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

    private Faqbot(Indexer indexer, LiveIndex index, ChatService chat) {
        this.indexer = indexer;
        this.index = index;
        this.chat = chat;
    }

    /** Opens the index for the corpus, building it first if it is missing or stale. */
    public static Faqbot open(Path corpusDir, Path indexDir, DialogSettings settings) throws Exception {
        Indexer indexer = indexer(corpusDir, indexDir);
        Path generation = indexer.ensureCurrent();
        LiveIndex index = new LiveIndex(PassageIndex.open(generation));
        byte[] secret = ConversationSecret.resolve(System.getenv(ConversationSecret.ENV), indexDir);
        ConversationTokens tokens = new ConversationTokens(secret, Clock.systemUTC());
        return new Faqbot(indexer, index, new ChatService(index, SentenceSplitter.english(), settings, tokens));
    }

    public static Indexer indexer(Path corpusDir, Path indexDir) {
        return new Indexer(corpusDir, new IndexStore(indexDir), CorpusLoader.standard(), artifacts());
    }

    /** What each generation holds besides the Lucene index. */
    static List<GenerationArtifact> artifacts() {
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

    @Override
    public void close() {
        index.close();
    }
}
