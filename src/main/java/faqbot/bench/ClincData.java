package faqbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import faqbot.nlu.IntentModel;
import faqbot.nlu.IntentTrainingData;

/** CLINC150 "full" (data_full.json): splits of [text, intent] pairs; its "oos" label becomes our out-of-scope intent. */
record ClincData(Map<String, List<List<String>>> splits) {

    static ClincData read(Path json) {
        try {
            return new ClincData(new ObjectMapper().readValue(json.toFile(), new TypeReference<>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CLINC150 data " + json, e);
        }
    }

    /** The named splits joined, as training data (e.g. "train", "oos_train"). */
    IntentTrainingData trainingData(String... names) {
        Map<String, List<String>> byIntent = new TreeMap<>();
        for (LabelledText example : examples(names)) {
            byIntent.computeIfAbsent(example.intent(), k -> new ArrayList<>()).add(example.text());
        }
        return IntentTrainingData.of(byIntent);
    }

    List<LabelledText> examples(String... names) {
        List<LabelledText> examples = new ArrayList<>();
        for (String name : names) {
            List<List<String>> pairs = splits.get(name);
            if (pairs == null) {
                throw new IllegalArgumentException("CLINC150 file has no split '" + name + "'");
            }
            pairs.forEach(pair -> examples.add(new LabelledText(pair.get(0), label(pair.get(1)))));
        }
        return examples;
    }

    private static String label(String clincIntent) {
        return "oos".equals(clincIntent) ? IntentModel.OUT_OF_SCOPE : clincIntent;
    }

    record LabelledText(String text, String intent) {
    }
}
