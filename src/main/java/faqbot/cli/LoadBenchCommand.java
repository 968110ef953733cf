package faqbot.cli;

import faqbot.bench.LoadHarness;
import faqbot.bench.SpawnedServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load-test the HTTP API on loopback: saturation throughput of GET /api/health and POST /api/chat,",
            "then each held at a fraction of it with p50/p99/p99.9 measured from the intended send time.",
            "Starts its own server (rate limit off) unless --url is given."})
final class LoadBenchCommand implements Callable<Integer> {

    @Option(names = "--url", description = "A running faqbot to load (loopback only; start it with --rate-limit 0). Default: start one.")
    URI url;

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus for the server this command starts (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--connections", defaultValue = "16", description = "Keep-alive connections (default: ${DEFAULT-VALUE}).")
    int connections;

    // The JIT compiler needs about 20 s of chat load on two cores to finish compiling the pipeline, and it takes one
    // of the two cores while it does: measured sooner, chat throughput is that of a server still warming up.
    @Option(names = "--warmup", defaultValue = "30", paramLabel = "SECONDS", description = "Warm-up per endpoint (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--saturation", defaultValue = "10", paramLabel = "SECONDS", description = "Closed-loop phase per endpoint (default: ${DEFAULT-VALUE}).")
    int saturation;

    @Option(names = "--hold", defaultValue = "60", paramLabel = "SECONDS", description = "Fixed-rate phase per endpoint (default: ${DEFAULT-VALUE}).")
    int hold;

    @Option(names = "--fraction", defaultValue = "0.5", description = "Fixed rate as a share of saturation (default: ${DEFAULT-VALUE}).")
    double fraction;

    @Option(names = "--overload", description = "Then drive chat at --overload-factor x saturation and check it sheds load and recovers.")
    boolean overload;

    @Option(names = "--overload-factor", defaultValue = "2", description = "Multiple of saturation for --overload (default: ${DEFAULT-VALUE}).")
    double overloadFactor;

    @Option(names = "--overload-connections", defaultValue = "256", description = "Connections for --overload (default: ${DEFAULT-VALUE}).")
    int overloadConnections;

    @Option(names = "--overload-seconds", defaultValue = "20", description = "Length of the overload phase (default: ${DEFAULT-VALUE}).")
    int overloadSeconds;

    @Option(names = "--server-heap", defaultValue = "512m", description = "-Xmx of the server this command starts (default: ${DEFAULT-VALUE}).")
    String serverHeap;

    @Override
    public Integer call() throws Exception {
        LoadHarness.Plan plan = new LoadHarness.Plan(connections, Duration.ofSeconds(warmup), Duration.ofSeconds(saturation),
                Duration.ofSeconds(hold), fraction, overload, overloadFactor, overloadConnections, Duration.ofSeconds(overloadSeconds));
        if (url != null) {
            InetSocketAddress address = new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 80 : url.getPort());
            if (!address.getAddress().isLoopbackAddress()) {
                System.err.println("bench load only sends traffic to loopback addresses.");
                return 2;
            }
            return new LoadHarness(address, plan, System.out, () -> "(external server)").run() ? 0 : 1;
        }
        List<String> options = new ArrayList<>(List.of("--rate-limit", "0", "--corpus", corpus.toString()));
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "faqbot-bench-server.log");
        try (SpawnedServer server = SpawnedServer.start(options, serverHeap, log)) {
            System.out.println("server pid " + server.pid() + " on " + server.address() + " (-Xmx" + serverHeap + ", log " + log + ")");
            return new LoadHarness(server.address(), plan, System.out, server).run() ? 0 : 1;
        }
    }
}
