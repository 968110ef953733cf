package faqbot.nlu;

import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.TrainingParameters;

/** The one training recipe used for the corpus and the CLINC150 benchmark alike. */
final class Training {

    private Training() {
    }

    static TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        p.put(QNTrainer.L2COST_PARAM, 1.0);
        p.put(QNTrainer.THREADS_PARAM, 2);
        return p;
    }

    static FeatureGenerator[] features() {
        return new FeatureGenerator[] {new WordFeatures(), new WordBigramFeatures(), new CharNgramFeatures()};
    }
}
