package faqbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/** Tags words with OpenNLP's English Universal Dependencies model (opennlp-models-pos-en). */
public final class PartOfSpeech {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final PartOfSpeech ENGLISH = load();

    /** The tagger is not thread-safe; the model is, so each thread gets its own tagger. */
    private final ThreadLocal<POSTaggerME> tagger;

    private PartOfSpeech(POSModel model) {
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }

    public static PartOfSpeech english() {
        return ENGLISH;
    }

    private static PartOfSpeech load() {
        try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP POS model " + MODEL + " is not on the classpath");
            }
            return new PartOfSpeech(new POSModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP POS model", e);
        }
    }

    /** One Universal Dependencies tag per word (NOUN, PROPN, VERB, ADJ, ADV, ...). */
    public List<String> tag(List<String> words) {
        return List.of(tagger.get().tag(words.toArray(String[]::new)));
    }

    /** Whether the tag names a thing: nouns and proper nouns carry a question's topic. */
    public static boolean isNoun(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    /**
     * How much a word of this kind tells about what is asked: things and their qualities most ("cement",
     * "taller"), actions less ("make"), manner and function words least ("again", "actually").
     */
    public static double topicality(String tag) {
        return switch (tag) {
            case "NOUN", "PROPN", "ADJ", "NUM", "X" -> 1.0;
            case "VERB" -> 0.6;
            case "ADV" -> 0.4;
            default -> 0.3;
        };
    }
}
