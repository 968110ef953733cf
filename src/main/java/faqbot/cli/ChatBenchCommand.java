package faqbot.cli;

import faqbot.bench.ChatTurnRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"JMH (SampleTime) over one chat turn in-process, on an index of MedQuAD as an FAQ sheet; prints p50/p99.",
                "Data: MedQuAD (Ben Abacha & Demner-Fushman 2019), CC BY 4.0."})
final class ChatBenchCommand implements Callable<Integer> {

    @Option(names = "--medquad", defaultValue = "../shared/data/medquad/medquad.jsonl",
            description = "The MedQuAD JSONL file (default: ${DEFAULT-VALUE}).")
    Path medquad;

    @Option(names = "--work", defaultValue = "target/bench-medquad",
            description = "Where the corpus link and the index are kept between runs (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--heap", defaultValue = "512m", description = "Heap of the benchmark JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--profile", description = "Also sample the stacks (JMH's stack profiler) and print where the time goes.")
    boolean profile;

    @Override
    public Integer call() throws Exception {
        return new ChatTurnRun(medquad, work, heap, profile).run(System.out);
    }
}
