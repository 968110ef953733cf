package faqbot.search;

import faqbot.index.IndexFields;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Weighs each thing the visitor said by how rare it is in the corpus (BM25's idf), so a passage that matches
 * "risks" but not "migraine" covers little of "risks of migraine drugs".
 */
final class QuestionWeights {

    private final IndexReader reader;

    QuestionWeights(IndexReader reader) {
        this.reader = reader;
    }

    double[] weigh(List<Set<String>> groups) {
        double[] weights = new double[groups.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(groups.get(i));
        }
        return weights;
    }

    /** The idf of the group's most common wording; a word the corpus never uses weighs as much as the rarest. */
    private double weight(Set<String> group) {
        int n = Math.max(1, reader.numDocs());
        int df = 0;
        for (String term : group) {
            df = Math.max(df, docFreq(term));
        }
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private int docFreq(String term) {
        try {
            int df = 0;
            for (String field : List.of(IndexFields.BODY, IndexFields.HEADING, IndexFields.QUESTION)) {
                df = Math.max(df, reader.docFreq(new Term(field, term)));
            }
            return df;
        } catch (IOException e) {
            return 0;
        }
    }
}
