package faqbot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import faqbot.bench.ClincBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code faqbot bench intents --clinc data_full.json}: measures the intent pipeline on CLINC150. */
@Command(name = "bench", description = "Benchmarks.", mixinStandardHelpOptions = true,
        subcommands = {BenchCommand.Intents.class, MedquadBenchCommand.class, ChatBenchCommand.class, ReindexBenchCommand.class,
            ServeBenchCommand.class, LoadBenchCommand.class, TurnBenchCommand.class, AdversarialBenchCommand.class})
final class BenchCommand {

    @Command(name = "intents", mixinStandardHelpOptions = true,
            description = "Trains the intent pipeline on CLINC150 train+oos_train, tunes on val, reports on test; "
                    + "the last line is JSON.")
    static final class Intents implements Callable<Integer> {

        @Option(names = "--clinc", required = true, paramLabel = "<data_full.json>",
                description = "CLINC150 data_full.json")
        Path clinc;

        @Override
        public Integer call() {
            new ClincBenchmark(clinc).run(System.out);
            return 0;
        }
    }
}
