package faqbot.bench;

import faqbot.app.Faqbot;
import faqbot.search.PassageIndex;
import faqbot.search.Retrieval;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The `bench medquad` run: builds both systems over MedQuAD, generates the dev questions, scores both. */
public final class MedquadDevEval {

    private final Path medquad;
    private final int questions;
    private final Path work;
    private final int showMisses;

    public MedquadDevEval(Path medquad, int questions, Path work, int showMisses) {
        this.medquad = medquad;
        this.questions = questions;
        this.work = work;
        this.showMisses = showMisses;
    }

    public int run(PrintStream out) throws Exception {
        if (!Files.isRegularFile(medquad)) {
            System.err.println("MedQuAD file not found: " + medquad + " (pass --medquad)");
            return 2;
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("faqbot-medquad");
        List<MedquadPair> pairs = MedquadFile.read(medquad);
        List<DevQuestion> dev = new DevQuestionGenerator().generate(pairs, questions);
        out.printf("%d pairs, %d dev questions (seed %d), e.g.:%n", pairs.size(), dev.size(), DevQuestionGenerator.SEED);
        dev.stream().limit(4).forEach(q -> out.println("  " + q.text()));
        Path corpus = MedquadCorpus.create(medquad, dir, Path.of("corpus"));
        Path generation = Faqbot.indexer(corpus, dir.resolve("index")).ensureCurrent();
        List<String> misses = new ArrayList<>();
        try (PassageIndex index = PassageIndex.open(generation); PlainBm25 baseline = new PlainBm25(pairs)) {
            Map<String, Ranker> systems = new LinkedHashMap<>();
            systems.put("faqbot", new FaqbotRanker(index, Retrieval.HYBRID));
            systems.put("faqbot lexical", new FaqbotRanker(index, Retrieval.LEXICAL));
            systems.put("faqbot dense", new FaqbotRanker(index, Retrieval.DENSE));
            systems.put("plain BM25", baseline);
            MedquadEvaluation.print(new MedquadEvaluation(dev).run(systems, misses, "faqbot"), out);
        }
        misses.stream().limit(showMisses).forEach(m -> out.println("  miss: " + m));
        out.println(MedquadFile.ATTRIBUTION);
        return 0;
    }
}
