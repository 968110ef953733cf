package faqbot.dialog;

import faqbot.corpus.Passage;
import faqbot.index.IndexStore;
import faqbot.nlu.Intent;
import faqbot.nlu.IntentDetector;
import faqbot.nlu.IntentModel;
import faqbot.nlu.RedFlags;
import faqbot.nlu.SmallTalk;
import faqbot.search.PassageIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The language models of one index generation: intent detection and the small-talk replies, loaded once per
 * generation so a hot swap brings its own.
 */
final class Understanding {

    static final String INTENT_MODEL_FILE = "intent-model.bin";
    private static final int TOPICS_LISTED = 8;

    private final String generation;
    private final IntentDetector detector;
    private final SmallTalk smallTalk;
    /** The corpus's subjects, read on the first reply that lists them (start-up need not wait). */
    private final Supplier<String> topics;

    private Understanding(String generation, IntentModel model, RedFlags redFlags, SmallTalk smallTalk, Supplier<String> topics) {
        this.generation = generation;
        this.detector = model == null ? null : new IntentDetector(model, redFlags);
        this.smallTalk = smallTalk;
        this.topics = topics;
    }

    /**
     * The generation's models. With an intent model, its red flags and small talk are required too (a build checks
     * both): without them an emergency would get an article quote instead of emergency advice or a crisis line.
     */
    static Understanding of(PassageIndex index) {
        Path dir = index.generationDir();
        try {
            Path model = dir.resolve(INTENT_MODEL_FILE);
            Path yaml = dir.resolve(IndexStore.SMALLTALK_FILE);
            if (!Files.exists(model)) {
                // No intent detection: every message is a question for retrieval.
                return new Understanding(index.manifest().generation(), null, null, Files.exists(yaml) ? SmallTalk.load(yaml) : null,
                        new Topics(index));
            }
            IntentModel intents = IntentModel.load(model);
            RedFlags redFlags = RedFlags.load(required(dir.resolve(IndexStore.REDFLAGS_FILE)));
            SmallTalk smallTalk = SmallTalk.load(required(yaml));
            return new Understanding(index.manifest().generation(), intents, redFlags, smallTalk, new Topics(index));
        } catch (RuntimeException e) {
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : String.join(" ", e.getMessage().lines().map(String::strip).toList());
            throw new IllegalStateException("index generation " + dir.getFileName() + " cannot be served: " + problem, e);
        }
    }

    private static Path required(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file.getFileName() + " is missing, and the intent model needs it to answer urgent messages");
        }
        return file;
    }

    boolean isFor(PassageIndex index) {
        return generation.equals(index.manifest().generation());
    }

    /** Without a trained model every message is a question for retrieval. */
    Intent detect(String message) {
        return detector == null ? new Intent(Intent.QUESTION, 1.0, null, "no intent model", 1.0) : detector.detect(message);
    }

    /** A small-talk or urgent reply from the content team's smalltalk.yaml, or null if it has none. */
    String reply(Intent intent, DialogSettings settings, String message) {
        if (smallTalk == null) {
            return null;
        }
        try {
            return smallTalk.reply(intent, settings.placeholders(topics.get()), message);
        } catch (IllegalArgumentException missing) {
            return null;
        }
    }

    /**
     * What the bot can answer about: the subjects of the corpus (document titles, FAQ focus names), those with the most
     * passages first, from the passages read once per generation for suggestions (all of a small corpus, the first
     * of a large one, which then reads "and more"), so no reply reads more of a huge corpus.
     */
    private static String topics(PassageIndex index) {
        List<Passage> read = index.leading();
        return CorpusSubjects.of(read).listed(TOPICS_LISTED, read.size() >= index.size());
    }

    /** The subjects, worked out once; a race at worst works them out twice. */
    private static final class Topics implements Supplier<String> {
        private final PassageIndex index;
        private volatile String subjects;

        Topics(PassageIndex index) {
            this.index = index;
        }

        @Override
        public String get() {
            String known = subjects;
            if (known == null) {
                known = topics(index);
                subjects = known;
            }
            return known;
        }
    }
}
