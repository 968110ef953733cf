package faqbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the corpus and the index live; shared by every command. */
final class Locations {

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--index", defaultValue = "index", description = "Index directory, generated (default: ${DEFAULT-VALUE}).")
    Path index;
}
