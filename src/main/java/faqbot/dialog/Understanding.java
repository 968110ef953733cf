package faqbot.dialog;

import faqbot.index.IndexStore;
import faqbot.nlu.Intent;
import faqbot.nlu.IntentDetector;
import faqbot.nlu.IntentModel;
import faqbot.nlu.RedFlags;
import faqbot.nlu.SmallTalk;
import faqbot.search.PassageIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
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
    /** The corpus's top-level section titles, read on the first reply that lists them (start-up need not wait). */
    private final Supplier<String> topics;

    private Understanding(String generation, IntentModel model, RedFlags redFlags, SmallTalk smallTalk, Supplier<String> topics) {
        this.generation = generation;
        this.detector = model == null ? null : new IntentDetector(model, redFlags);
        this.smallTalk = smallTalk;
        this.topics = topics;
    }

    static Understanding of(PassageIndex index) {
        Path dir = index.generationDir();
        Path model = dir.resolve(INTENT_MODEL_FILE);
        IntentModel intents = Files.exists(model) ? IntentModel.load(model) : null;
        RedFlags redFlags = intents == null ? null : RedFlags.load(dir.resolve(IndexStore.REDFLAGS_FILE));
        Path yaml = dir.resolve(IndexStore.SMALLTALK_FILE);
        SmallTalk smallTalk = Files.exists(yaml) ? SmallTalk.load(yaml) : null;
        return new Understanding(index.manifest().generation(), intents, redFlags, smallTalk, new Topics(index));
    }

    boolean isFor(PassageIndex index) {
        return generation.equals(index.manifest().generation());
    }

    /** Without a trained model every message is a question for retrieval. */
    Intent detect(String message) {
        return detector == null ? new Intent(Intent.QUESTION, 1.0, null, "no intent model", 1.0) : detector.detect(message);
    }

    /** A small-talk or urgent reply from the content team's smalltalk.yaml, or null if it has none. */
    String reply(Intent intent, String contact, String message) {
        if (smallTalk == null) {
            return null;
        }
        try {
            return smallTalk.reply(intent, java.util.Map.of("topics", topics.get(), "contact", contact), message);
        } catch (IllegalArgumentException missing) {
            return null;
        }
    }

    /** What the bot can answer about: the corpus's top-level section titles. */
    private static String topics(PassageIndex index) {
        Set<String> titles = new LinkedHashSet<>();
        index.passages(200).stream().filter(p -> !p.isFaq() && !p.trail().isEmpty())
                .map(p -> p.trail().get(0)).forEach(titles::add);
        return String.join("; ", titles.stream().limit(TOPICS_LISTED).toList());
    }

    /** The titles, worked out once; a race at worst works them out twice. */
    private static final class Topics implements Supplier<String> {
        private final PassageIndex index;
        private volatile String titles;

        Topics(PassageIndex index) {
            this.index = index;
        }

        @Override
        public String get() {
            String known = titles;
            if (known == null) {
                known = topics(index);
                titles = known;
            }
            return known;
        }
    }
}
