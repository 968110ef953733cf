package faqbot.cli;

import faqbot.bench.ReindexRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Reindex of MedQuAD as an FAQ sheet (with the bundled intents, so the intent model is trained too),",
                "timed stage by stage: read + validate, Lucene index, each model, activate.",
                "Data: MedQuAD (Ben Abacha & Demner-Fushman 2019), CC BY 4.0."})
final class ReindexBenchCommand implements Callable<Integer> {

    @Mixin
    MedquadOptions data = new MedquadOptions();

    @Option(names = "--bot-corpus", defaultValue = "corpus",
            description = "Corpus whose intents, red flags and small talk are copied beside MedQuAD (default: ${DEFAULT-VALUE}).")
    Path botCorpus;

    @Override
    public Integer call() throws Exception {
        return new ReindexRun(data.medquad, data.work, botCorpus).run(System.out);
    }
}
