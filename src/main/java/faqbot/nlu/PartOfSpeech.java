package faqbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/** Tags words with OpenNLP's English Universal Dependencies model (opennlp-models-pos-en). */
public final class PartOfSpeech {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Where a POS model file keeps its maxent classifier. */
    private static final String MODEL_ENTRY = "pos.model";
    /** How the tagger's features name the word itself. */
    private static final String WORD_FEATURE = "w=";
    private static final PartOfSpeech ENGLISH = load();

    /**
     * OpenNLP's beam search, with a beam of 1 (a question is short, and a beam of 3 costs 2-3 times as much), over
     * the model's own context generator. Neither is thread-safe, so each thread has its own. Built without
     * POSTaggerME, whose context generator keeps the last sentence's words (a cache the size of its beam).
     */
    private final ThreadLocal<Tagger> taggers;

    /** The words the tagger was trained on often enough to know by themselves: about 4,000 common English words. */
    private final Set<String> commonWords;

    private PartOfSpeech(POSModel model) {
        this.commonWords = commonWords(model.getArtifact(MODEL_ENTRY));
        MaxentModel classifier = model.getArtifact(MODEL_ENTRY);
        POSTaggerFactory factory = model.getFactory();
        this.taggers = ThreadLocal.withInitial(() -> new Tagger(new BeamSearch(1, classifier, 0),
                factory.getPOSContextGenerator(0), factory.getSequenceValidator()));
    }

    /** What a tagger is left holding after each message, in place of the message's words. */
    private static final String[] FORGET = {"."};

    /**
     * One thread's search over the model, its caches off (0). The model's feature generators keep the features of
     * the last words they saw, so a word of no one's is shown to them last: they keep no visitor's word.
     */
    private record Tagger(BeamSearch search, POSContextGenerator contexts, SequenceValidator<String> validator) {
        List<String> tag(List<String> words) {
            List<String> tags = search.bestSequence(words.toArray(String[]::new), null, contexts, validator).getOutcomes();
            contexts.getContext(0, FORGET, new String[0], null);
            return tags;
        }
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
        return words.isEmpty() ? List.of() : taggers.get().tag(words);
    }

    /**
     * Whether the word is one of the common English words the tagger knows by itself ("able", "walk"): such a word
     * is what the visitor meant, not a misspelling of a word the content uses.
     */
    public boolean isCommonWord(String lowerCaseWord) {
        return commonWords.contains(lowerCaseWord);
    }

    /** The model's word features ("w=able"), lower-cased. */
    private static Set<String> commonWords(MaxentModel classifier) {
        Set<String> words = new HashSet<>();
        if (classifier instanceof AbstractModel model && model.getDataStructures()[1] instanceof Map<?, ?> predicates) {
            for (Object predicate : predicates.keySet()) {
                String p = predicate.toString();
                if (p.startsWith(WORD_FEATURE)) {
                    words.add(p.substring(WORD_FEATURE.length()).toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(words);
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
