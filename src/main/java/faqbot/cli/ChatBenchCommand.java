package faqbot.cli;

import faqbot.bench.ChatTurnRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"JMH (SampleTime) over one chat turn in-process, on an index of MedQuAD as an FAQ sheet; prints p50/p99.",
                "Data: MedQuAD (Ben Abacha & Demner-Fushman 2019), CC BY 4.0."})
final class ChatBenchCommand implements Callable<Integer> {

    @Mixin
    MedquadOptions data = new MedquadOptions();

    @Option(names = "--heap", defaultValue = "512m", description = "Heap of the benchmark JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--profile", description = "Also sample the stacks (JMH's stack profiler) and print where the time goes.")
    boolean profile;

    @Override
    public Integer call() throws Exception {
        return new ChatTurnRun(data.medquad, data.work, heap, profile).run(System.out);
    }
}
