package faqbot.search;

import faqbot.nlu.TextNormaliser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.doccat.DocumentSample;

/**
 * The training samples for the question-type detector: the corpus's own questions with their focus removed
 * (deduplicated, so the thousand "What are the symptoms of X?" entries teach the wording once), plus a small
 * curated set of the ways visitors ask each type ("is it passed down", "how long will she live"), used only for
 * the types the corpus has.
 */
final class QuestionTypeExamples {

    static final String CURATED = "/faqbot/search/question-type-phrases.tsv";

    private QuestionTypeExamples() {}

    static List<DocumentSample> of(List<TypedQuestion> questions) {
        return of(questions, false);
    }

    /**
     * @param everyCuratedType whether to learn every curated type, not only the corpus's own: for reading the kind of
     *     an article's sections when no FAQ entry of the corpus has a type
     */
    static List<DocumentSample> of(List<TypedQuestion> questions, boolean everyCuratedType) {
        Set<List<String>> seen = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (TypedQuestion q : questions) {
            types.add(q.type());
            seen.add(sample(q.type(), withoutNames(q.question(), q.names())));
        }
        for (String[] curated : curated()) {
            if (everyCuratedType || types.contains(curated[0])) {
                seen.add(sample(curated[0], curated[1]));
            }
        }
        List<DocumentSample> samples = new ArrayList<>();
        for (List<String> s : seen) {
            String[] words = TextNormaliser.tokens(s.get(1));
            if (words.length > 0) {
                samples.add(new DocumentSample(s.get(0), words));
            }
        }
        return samples;
    }

    private static List<String> sample(String type, String text) {
        return List.of(type, String.join(" ", TextNormaliser.tokens(text)));
    }

    /** The question with every name of its focus cut out, longest name first. */
    static String withoutNames(String question, List<String> names) {
        String text = question;
        List<String> longestFirst = names.stream().filter(n -> !n.isBlank()).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : longestFirst) {
            text = Pattern.compile("\\b" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b").matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        }
        return text;
    }

    private static List<String[]> curated() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = QuestionTypeExamples.class.getResourceAsStream(CURATED)) {
            if (in == null) {
                throw new IllegalStateException(CURATED + " is not on the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split("\t", 2);
                if (!line.startsWith("#") && parts.length == 2) {
                    out.add(new String[] {parts[0].strip(), parts[1].strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CURATED, e);
        }
        return out;
    }
}
