package faqbot.cli;

import faqbot.bench.MedquadDevEval;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "medquad", mixinStandardHelpOptions = true,
        description = {"Dev evaluation on MedQuAD: rewrites its questions as visitors ask (other names of the focus, dropped words,",
                "misspellings, chatty stories; fixed seed) and reports rank-1 and MRR@10 of the original pair for faqbot",
                "and for plain Lucene BM25 over question+answer, in the same run.",
                "Data: MedQuAD (Ben Abacha & Demner-Fushman 2019), CC BY 4.0."})
final class MedquadBenchCommand implements Callable<Integer> {

    @Option(names = "--medquad", defaultValue = "../shared/data/medquad/medquad.jsonl",
            description = "The MedQuAD JSONL file (default: ${DEFAULT-VALUE}).")
    Path medquad;

    @Option(names = "--questions", defaultValue = "2000", description = "How many questions to rewrite (default: ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--work", description = "Where to build the corpus link and the index (default: a temporary directory).")
    Path work;

    @Option(names = "--show-misses", defaultValue = "0", description = "Print this many of faqbot's rank-1 misses.")
    int showMisses;

    @Override
    public Integer call() throws Exception {
        return new MedquadDevEval(medquad, questions, work, showMisses).run(System.out);
    }
}
