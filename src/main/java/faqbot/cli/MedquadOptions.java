package faqbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the MedQuAD benchmarks read the data and keep the corpus and index they build; shared by those commands. */
final class MedquadOptions {

    @Option(names = "--medquad", defaultValue = "../shared/data/medquad/medquad.jsonl",
            description = "The MedQuAD JSONL file (default: ${DEFAULT-VALUE}).")
    Path medquad;

    @Option(names = "--work", defaultValue = "target/bench-medquad",
            description = "Where the corpus and the index are kept between runs (default: ${DEFAULT-VALUE}).")
    Path work;
}
