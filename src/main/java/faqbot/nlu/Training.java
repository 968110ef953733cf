package faqbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerEventStream;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The one training recipe used for the corpus and the CLINC150 benchmark alike: OpenNLP doccat events from our
 * feature generators and OpenNLP's data indexer, then two models on the same events: an L2-regularised maxent
 * model fitted with OpenNLP's L-BFGS minimizer (the MAXENT_QN algorithm) and OpenNLP's naive Bayes. Settings
 * were chosen on CLINC150 val (see README).
 */
record Training(int cutoff, int iterations, double l2, int threads, double bayesWeight) {

    static final Training STANDARD = new Training(2, 100, 1.0, 2, 0.1);

    static FeatureGenerator[] features() {
        return new FeatureGenerator[] {
                new WordFeatures(), new WordBigramFeatures(), new SkipBigramFeatures(), new CharNgramFeatures()};
    }

    CombinedCategorizer fit(IntentTrainingData data) {
        FeatureGenerator[] features = features();
        DataIndexer indexer = index(data, features);
        return new CombinedCategorizer(maxent(indexer, features), naiveBayes(indexer, features), bayesWeight);
    }

    private DoccatModel maxent(DataIndexer indexer, FeatureGenerator[] features) {
        QNMinimizer minimizer = new QNMinimizer(0, l2, iterations, 5, QNMinimizer.MAX_FCT_EVAL_DEFAULT);
        double[] weights = minimizer.minimize(new LogLikelihood(indexer, threads));
        QNModel model = new QNModel(contexts(weights, indexer), indexer.getPredLabels(), indexer.getOutcomeLabels());
        return new DoccatModel("en", model, Map.of(), new DoccatFactory(features));
    }

    private static DoccatModel naiveBayes(DataIndexer indexer, FeatureGenerator[] features) {
        return new DoccatModel("en", new NaiveBayesTrainer().trainModel(indexer), Map.of(), new DoccatFactory(features));
    }

    private DataIndexer index(IntentTrainingData data, FeatureGenerator[] features) {
        List<DocumentSample> samples = new ArrayList<>(data.size());
        data.utterances().forEach((intent, lines) ->
                lines.forEach(line -> samples.add(new DocumentSample(intent, TextNormaliser.tokens(line)))));
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        DataIndexer indexer = new OnePassDataIndexer();
        indexer.init(parameters, new HashMap<>());
        try {
            indexer.index(new DocumentCategorizerEventStream(ObjectStreamUtils.createObjectStream(samples), features));
        } catch (IOException e) {
            throw new UncheckedIOException("indexing intent training data failed", e);
        }
        return indexer;
    }

    /** From our feature-major weight vector to OpenNLP's per-feature parameter contexts. */
    private static Context[] contexts(double[] weights, DataIndexer indexer) {
        int numOutcomes = indexer.getOutcomeLabels().length;
        int[] allOutcomes = new int[numOutcomes];
        for (int k = 0; k < numOutcomes; k++) {
            allOutcomes[k] = k;
        }
        Context[] contexts = new Context[indexer.getPredLabels().length];
        for (int f = 0; f < contexts.length; f++) {
            double[] row = new double[numOutcomes];
            System.arraycopy(weights, f * numOutcomes, row, 0, numOutcomes);
            contexts[f] = new Context(allOutcomes, row);
        }
        return contexts;
    }
}
