package faqbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Two OpenNLP document categorizers over the same features, a maxent model and a naive Bayes model, combined as
 * a weighted product: log p = log p_maxent + weight · log p_bayes, renormalised. Naive Bayes adds what a
 * discriminative model misses on short texts with few examples per class (+1.4 points in-scope accuracy on
 * CLINC150 val at weight 0.1).
 */
final class CombinedCategorizer {

    private static final double FLOOR = 1e-12;

    private final DoccatModel maxent;
    private final DoccatModel naiveBayes;
    private final double bayesWeight;
    private final DocumentCategorizerME maxentCategorizer;
    private final DocumentCategorizerME bayesCategorizer;
    private final int[] bayesIndex;

    CombinedCategorizer(DoccatModel maxent, DoccatModel naiveBayes, double bayesWeight) {
        this.maxent = maxent;
        this.naiveBayes = naiveBayes;
        this.bayesWeight = bayesWeight;
        this.maxentCategorizer = new DocumentCategorizerME(maxent);
        this.bayesCategorizer = new DocumentCategorizerME(naiveBayes);
        this.bayesIndex = new int[maxentCategorizer.getNumberOfCategories()];
        for (int k = 0; k < bayesIndex.length; k++) {
            bayesIndex[k] = bayesCategorizer.getIndex(maxentCategorizer.getCategory(k));
        }
    }

    /**
     * The combined probabilities per category index (see {@link #category(int)}), and the maxent model's own: naive
     * Bayes is overconfident, so how sure we are is better read from maxent alone (measured on CLINC150 val).
     */
    record Scores(double[] combined, double[] maxent) {
    }

    Scores categorize(String[] tokens) {
        double[] me = maxentCategorizer.categorize(tokens);
        return new Scores(combine(me, bayesCategorizer.categorize(tokens)), me);
    }

    private double[] combine(double[] me, double[] nb) {
        double[] log = new double[me.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < me.length; k++) {
            log[k] = Math.log(me[k] + FLOOR) + bayesWeight * Math.log(nb[bayesIndex[k]] + FLOOR);
            max = Math.max(max, log[k]);
        }
        double sum = 0;
        for (int k = 0; k < log.length; k++) {
            log[k] = Math.exp(log[k] - max);
            sum += log[k];
        }
        for (int k = 0; k < log.length; k++) {
            log[k] /= sum;
        }
        return log;
    }

    int size() {
        return bayesIndex.length;
    }

    String category(int index) {
        return maxentCategorizer.getCategory(index);
    }

    double bayesWeight() {
        return bayesWeight;
    }

    byte[] maxentBytes() throws IOException {
        return bytes(maxent);
    }

    byte[] bayesBytes() throws IOException {
        return bytes(naiveBayes);
    }

    static DoccatModel model(byte[] bytes) throws IOException {
        return new DoccatModel(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(DoccatModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return out.toByteArray();
    }
}
