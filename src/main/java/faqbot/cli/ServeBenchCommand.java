package faqbot.cli;

import faqbot.bench.ServeRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts `serve --built-index` over MedQuAD as an FAQ sheet in its own JVM and reports start to ready,",
                "heap after warm-up and under load, saturation throughput of GET /api/search and its latency at 50%% of it.",
                "Data: MedQuAD (Ben Abacha & Demner-Fushman 2019), CC BY 4.0."})
final class ServeBenchCommand implements Callable<Integer> {

    @Mixin
    MedquadOptions data = new MedquadOptions();

    @Option(names = "--heap", defaultValue = "512m", description = "The server's -Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--seconds", defaultValue = "20", description = "Length of each load phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients when saturating (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--server-jvm-option", paramLabel = "OPTION",
            description = "An extra option for the server's JVM, repeatable, e.g. -XX:SharedArchiveFile=target/faqbot.jsa (AppCDS).")
    List<String> jvmOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return new ServeRun(data.medquad, data.work, heap, Duration.ofSeconds(seconds), clients, jvmOptions).run(System.out);
    }
}
