package faqbot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped names.txt and english-words.txt are Datafaker's lists, as this test reads them from its jar. After a
 * Datafaker upgrade, write them anew with `mvn -o test -Dtest=WordListsTest -Dfaqbot.writeWordLists=true`.
 */
class WordListsTest {

    /** Datafaker's locale files that have name lists, less the Dutch and Uzbek ones (see {@link Names}). */
    private static final List<String> LOCALES = List.of("_MD", "ar", "be", "bg", "by", "ca", "cs-CZ", "cs", "da-DK",
            "de-AT", "de-CH", "de", "el-GR", "en-AU", "en-IE", "en-IN", "en-MD", "en-MS", "en-NEP", "en-NG", "en-NZ",
            "en-PAK", "en-PH", "en-PK", "en-SG", "en-UG", "en-ZA", "en-au-ocker", "es-AR", "es-MX", "es-PY", "es", "et",
            "fa", "fi-FI", "fr-CA", "fr-CH", "fr", "he", "hr", "hu", "hy", "id-ID", "id", "it", "ja", "ka", "ko", "lv",
            "mk", "nb-NO", "no-NO", "pl", "pt-BR", "pt", "ro-MD", "ru-MD", "ru", "sk", "sq", "sv", "ta", "th", "tr", "uk",
            "vi", "zh-CN", "zh-TW");
    private static final Pattern NAME_LIST = Pattern.compile("first_name|last_name|middle_name");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(['’]\\p{L}+)*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path RESOURCES = Path.of("src/main/resources/faqbot/gaps");

    @Test
    void theShippedListsAreDatafakersLists() throws IOException {
        Set<String> names = names();
        Set<String> words = englishWords();
        if (Boolean.getBoolean("faqbot.writeWordLists")) {
            write(Names.RESOURCE, names, "the given names and surnames of Datafaker 2.7.0's locales (see gaps/Names)");
            write(EnglishWords.RESOURCE, words, "Datafaker 2.7.0's English words and verbs (see gaps/EnglishWords)");
        }
        assertThat(WordList.read(Names.RESOURCE)).as("names.txt (write it anew as WordListsTest says)").isEqualTo(names);
        assertThat(WordList.read(EnglishWords.RESOURCE)).as("english-words.txt (write it anew as WordListsTest says)").isEqualTo(words);
    }

    @Test
    void theListsHoldCommonNamesAndWords() {
        assertThat(List.of("john", "mary", "smith", "tom", "priya", "mohammed", "nguyen", "kowalski", "o'brien", "иван"))
                .allMatch(Names.standard()::contains);
        assertThat(List.of("will", "may", "son", "back", "take", "i'm")).allMatch(EnglishWords.standard()::contains);
    }

    private static void write(String resource, Set<String> list, String what) throws IOException {
        List<String> lines = new ArrayList<>(List.of("# " + what + ", lower-cased, one a line; written by WordListsTest"));
        lines.addAll(list);
        Files.write(RESOURCES.resolve(resource), lines, StandardCharsets.UTF_8);
    }

    private static Set<String> names() throws IOException {
        Set<String> names = new TreeSet<>();
        addNames("en/name.yml", names);
        for (String locale : LOCALES) {
            addNames(locale + ".yml", names);
        }
        return names;
    }

    private static void addNames(String resource, Set<String> names) throws IOException {
        for (JsonNode locale : yaml(resource)) {
            for (Map.Entry<String, JsonNode> list : locale.path("faker").path("name").properties()) {
                if (NAME_LIST.matcher(list.getKey()).find()) {
                    list.getValue().forEach(name -> nameWords(name.asText(), names));
                }
            }
        }
    }

    /** "Mary-Jane O'Brien" adds mary, jane and o'brien; templates ("#{first_name}") and initials add nothing. */
    private static void nameWords(String name, Set<String> names) {
        if (name.contains("#") || name.contains("{")) {
            return;
        }
        Matcher m = WORD.matcher(name.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() > 1) {
                names.add(m.group());
            }
        }
    }

    private static Set<String> englishWords() throws IOException {
        Set<String> words = new TreeSet<>();
        for (String resource : List.of("en/words.yml", "en/verbs.yml")) {
            collect(yaml(resource), words);
        }
        return words;
    }

    private static void collect(JsonNode node, Set<String> words) {
        if (node.isTextual() && !node.asText().isBlank()) {
            words.add(node.asText().strip().toLowerCase(Locale.ROOT));
        }
        node.forEach(child -> collect(child, words));
    }

    private static JsonNode yaml(String resource) throws IOException {
        try (InputStream in = WordListsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " in Datafaker's jar").isNotNull();
            return YAML.readTree(in);
        }
    }
}
