package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** The fast log-likelihood must be the real one: its value at zero and its gradient everywhere. */
class LogLikelihoodTest {

    private static DataIndexer indexed(List<Event> events) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        DataIndexer indexer = new OnePassDataIndexer();
        indexer.init(parameters, new HashMap<>());
        indexer.index(ObjectStreamUtils.createObjectStream(events));
        return indexer;
    }

    private final List<Event> events = List.of(
            new Event("a", new String[] {"x", "y"}),
            new Event("b", new String[] {"y", "z"}),
            new Event("c", new String[] {"x", "z", "w"}),
            new Event("a", new String[] {"x"}));

    @Test
    void isEventsTimesLogOfTheNumberOfOutcomesWhenAllWeightsAreZero() throws IOException {
        LogLikelihood f = new LogLikelihood(indexed(events), 2);
        assertThat(f.valueAt(new double[f.getDimension()])).isCloseTo(4 * Math.log(3), within(1e-9));
    }

    @Test
    void hasTheGradientOfItsValue() throws IOException {
        LogLikelihood f = new LogLikelihood(indexed(events), 2);
        double[] x = new double[f.getDimension()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i + 1.0) / 2;
        }
        double[] gradient = f.gradientAt(x).clone();
        for (int i = 0; i < x.length; i++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += 1e-5;
            down[i] -= 1e-5;
            double numeric = (f.valueAt(up) - f.valueAt(down)) / 2e-5;
            assertThat(gradient[i]).as("d/dx[%d]", i).isCloseTo(numeric, within(1e-6));
        }
    }
}
