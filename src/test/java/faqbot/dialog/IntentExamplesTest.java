package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import faqbot.corpus.CorpusLoader;
import faqbot.corpus.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled intent examples are domain-neutral: which health subjects the bot answers comes from the content, so no
 * example names a subject the content holds (the article's procedures included).
 */
class IntentExamplesTest {

    private static final Path CORPUS = Path.of("corpus");

    @Test
    void noIntentExampleNamesASubjectOfTheContent() throws Exception {
        List<Passage> passages = CorpusLoader.standard().load(CORPUS).passages();
        List<String> names = Stream.concat(CorpusSubjects.of(passages).names().stream(), Stream.of("kyphoplasty", "vertebroplasty"))
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
        assertThat(names).contains("osteoporosis", "spinal stenosis", "back pain");
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThan(500);
        for (String name : names) {
            Pattern whole = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
            assertThat(examples).as(name).noneMatch(line -> whole.matcher(line).find());
        }
    }

    private static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve("intents"))) {
            return files.sorted().flatMap(IntentExamplesTest::lines)
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
