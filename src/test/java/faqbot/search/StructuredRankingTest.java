package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.app.Faqbot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An FAQ sheet whose entries say their focus and question type is ranked by both, whatever the visitor's wording. */
class StructuredRankingTest {

    @TempDir
    static Path dir;

    private static PassageIndex index;

    @BeforeAll
    static void indexASmallSheet() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("faq"));
        StringBuilder sheet = new StringBuilder();
        for (String[] topic : List.of(
                new String[] {"tourette", "Tourette syndrome", "[\"TS\", \"Tourette disorder\"]"},
                new String[] {"cf", "Cystic fibrosis", "[\"mucoviscidosis\"]"},
                new String[] {"rett", "Rett syndrome", "[]"})) {
            sheet.append(entry(topic, "information", "What is (are) %s ?", "%s is a disorder of the nervous system."));
            sheet.append(entry(topic, "symptoms", "What are the symptoms of %s ?", "Signs of %s include tics and trouble breathing."));
            sheet.append(entry(topic, "inheritance", "Is %s inherited ?", "%s can be passed from parent to child."));
            sheet.append(entry(topic, "treatment", "What are the treatments for %s ?", "Medicines and therapy help with %s."));
        }
        Files.writeString(corpus.resolve("faq/sheet.jsonl"), sheet.toString());
        index = PassageIndex.open(Faqbot.indexer(corpus, dir.resolve("index")).rebuild());
    }

    private static String entry(String[] topic, String type, String question, String answer) {
        return String.format("{\"id\": \"%s-%s\", \"question\": \"%s\", \"answer\": \"%s\", \"url\": \"https://nih.example/%s\", "
                + "\"focus\": \"%s\", \"synonyms\": %s, \"qtype\": \"%s\"}%n", topic[0], type, String.format(question, topic[1]),
                String.format(answer, topic[1]), topic[0], topic[1], topic[2], type);
    }

    private static String top(String message) {
        return index.search(message, 3).hits().get(0).passage().id();
    }

    @Test
    void aWorriedParentsStoryFindsTheEntryOfTheTypeAskedAboutTheConditionNamed() {
        assertThat(top("Hi, my son was just diagnosed with Tourette syndrome. Does it run in families? Thanks so much"))
                .isEqualTo("tourette-inheritance");
    }

    @Test
    void anotherNameOfTheFocusFindsItsEntries() {
        assertThat(top("what are the signs of mucoviscidosis")).isEqualTo("cf-symptoms");
        assertThat(top("how is TS treated")).isEqualTo("tourette-treatment");
    }

    @Test
    void aPlainQuestionAboutWhatSomethingIsFindsTheOverview() {
        assertThat(top("what is rett syndrome?")).isEqualTo("rett-information");
    }

    @org.junit.jupiter.api.AfterAll
    static void close() throws Exception {
        index.close();
    }
}
