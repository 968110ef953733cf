package faqbot.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

import faqbot.nlu.IntentModel;
import faqbot.nlu.IntentTrainingData;

/**
 * CLINC150 benchmark of the intent pipeline, as in Larson et al. 2019: train on train + oos_train, tune the
 * out-of-scope threshold on val + oos_val, report in-scope accuracy on test and out-of-scope recall on oos_test.
 */
public final class ClincBenchmark {

    private final Path dataFile;

    public ClincBenchmark(Path dataFile) {
        this.dataFile = dataFile;
    }

    /** Runs the benchmark, printing figures and, last, one line of JSON. */
    public Result run(PrintStream out) {
        ClincData data = ClincData.read(dataFile);
        IntentTrainingData training = data.trainingData("train", "oos_train");
        IntentTrainingData validation = data.trainingData("val", "oos_val");
        out.printf(Locale.ROOT, "training on %d utterances, %d intents%n", training.size(), training.intents().size());

        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        IntentModel model = IntentModel.train(training, validation);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        double trainCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;

        List<ClincData.LabelledText> inScope = data.examples("test");
        List<ClincData.LabelledText> outOfScope = data.examples("oos_test");
        long evalStart = System.nanoTime();
        long correct = inScope.stream().filter(e -> model.classify(e.text()).intent().equals(e.intent())).count();
        long caught = outOfScope.stream()
                .filter(e -> model.classify(e.text()).intent().equals(IntentModel.OUT_OF_SCOPE)).count();
        double micros = (System.nanoTime() - evalStart) / 1e3 / (inScope.size() + outOfScope.size());

        Result result = new Result(100.0 * correct / inScope.size(), 100.0 * caught / outOfScope.size(), trainSeconds, micros);
        out.printf(Locale.ROOT, "in-scope accuracy  %.1f %% (%d of %d test)%n", result.inScopeAccuracy(), correct, inScope.size());
        out.printf(Locale.ROOT, "out-of-scope recall %.1f %% (%d of %d oos_test)%n", result.oosRecall(), caught, outOfScope.size());
        out.printf(Locale.ROOT, "training %.1f s (incl. threshold tuning on val; %.1f s of CPU), %.0f µs a query%n",
                trainSeconds, trainCpuSeconds, micros);
        out.println(result.json());
        return result;
    }

    /** CPU time of all the JVM's threads: on a shared machine wall-clock time also measures the other jobs. */
    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /** Figures in percent, seconds and microseconds. */
    public record Result(double inScopeAccuracy, double oosRecall, double trainSeconds, double microsPerQuery) {
        String json() {
            return String.format(Locale.ROOT,
                    "{\"inScopeAccuracy\": %.1f, \"oosRecall\": %.1f, \"trainSeconds\": %.1f, \"microsPerQuery\": %.0f}",
                    inScopeAccuracy, oosRecall, trainSeconds, microsPerQuery);
        }
    }
}
