package faqbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A corpus of a few passages written into a test's temporary directory: builds in well under a second. */
public final class TinyCorpus {

    public static final String ARTICLE = """
            ---
            title: Knee replacement
            url: https://hospital.example/knee
            ---
            # Knee replacement

            A knee replacement swaps a worn knee joint for an artificial one.

            ## Recovery

            Most people walk with a frame the day after surgery and drive again after six weeks.

            ## Risks

            Infection and blood clots are the main risks; you get medicine to prevent clots.

            ## Cost

            The operation costs about 30,000 dollars before insurance.
            """;

    public static final String FAQ = """
            question,answer,url,alternates,id
            Can I shower after surgery?,Yes after 48 hours if the wound is dry.,https://hospital.example/knee-faq#shower,bath|wash,shower
            When can I go back to work?,Office work after four weeks.,https://hospital.example/knee-faq#work,job,work
            """;

    private TinyCorpus() {}

    /** Writes the article and an FAQ sheet under {@code dir} and returns it. */
    public static Path write(Path dir) {
        write(dir, "articles/knee.md", ARTICLE);
        write(dir, "faq/knee-faq.csv", FAQ);
        return dir;
    }

    public static Path write(Path dir, String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
