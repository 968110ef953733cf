package faqbot.cli;

import faqbot.dialog.DialogSettings;
import faqbot.eval.Eval;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run the content tests in <corpus>/tests/*.jsonl (or --tests) against a freshly built index (in a temporary directory;",
                "the live index is not touched) and print the pass rate per file and every failure.",
                "Replies use the clinic's settings (--config, as serve reads them).",
                "Exit codes: 0 all passed (or at least --min-pass-rate), 1 some failed, 2 the tests, the corpus or the configuration have errors."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--tests", paramLabel = "PATH",
            description = "Conversations to run: a directory of *.jsonl files or one file (default: <corpus>/tests).")
    Path tests;

    @Option(names = "--min-pass-rate", defaultValue = "100", paramLabel = "PERCENT",
            description = "Exit 0 if at least this share of conversations pass (default: ${DEFAULT-VALUE}, every one must).")
    double minPassRate;

    @Mixin
    ClinicConfig config;

    @Override
    public Integer call() throws Exception {
        Optional<DialogSettings> settings = config.read("faqbot eval", System.getenv(), System.err);
        if (settings.isEmpty()) {
            return ClinicConfig.ERRORS;
        }
        Eval eval = new Eval(corpus, tests == null ? corpus.resolve("tests") : tests, settings.get());
        return eval.run(System.out, System.err, minPassRate);
    }
}
