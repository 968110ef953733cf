package faqbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/** Splits text into sentences with OpenNLP's English model (from the opennlp-models-sentdetect-en jar). */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceModel model;

    private SentenceSplitter(SentenceModel model) {
        this.model = model;
    }

    /** The English model, read once (the model is thread-safe; detectors are made per call). */
    public static SentenceSplitter english() {
        return English.SPLITTER;
    }

    private static final class English {
        static final SentenceSplitter SPLITTER = load();
    }

    private static SentenceSplitter load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
            }
            return new SentenceSplitter(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
        }
    }

    /** The sentences of the text; the detector itself is not thread-safe, so each call gets its own. */
    public List<String> split(String text) {
        return Arrays.stream(new SentenceDetectorME(model).sentDetect(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
