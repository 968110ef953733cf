package faqbot.search;

import faqbot.index.IndexFields;
import faqbot.nlu.PartOfSpeech;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;

/**
 * Weighs each thing the visitor said by how rare it is in the corpus (BM25's idf), so a passage that matches
 * "risks" but not "migraine" covers little of "risks of migraine drugs".
 */
final class QuestionWeights {

    /**
     * An adjective qualifies what is asked ("a big operation", "in simple words", "real pain relief"); the nouns
     * name it. A passage that has the thing but not the quality still mostly answers, so the quality weighs less.
     */
    static final double ADJECTIVE = 0.7;

    private final IndexReader reader;
    private final ContentTerms terms;

    QuestionWeights(IndexReader reader, ContentTerms terms) {
        this.reader = reader;
        this.terms = terms;
    }

    /**
     * @param tags the part of speech of each typed word. A word the corpus never uses counts only if it is a noun
     *     ("migraines", "taxi": a topic the content lacks), not if it is an "actually" or "simple".
     */
    double[] weigh(List<Analysis.WordGroup> groups, List<String> tags) {
        double[] weights = new double[groups.size()];
        for (int i = 0; i < weights.length; i++) {
            Analysis.WordGroup group = groups.get(i);
            String tag = group.word() < tags.size() ? tags.get(group.word()) : "X";
            weights[i] = weight(group.terms(), tag);
        }
        return weights;
    }

    /**
     * 1 to 1.5 by rarity (the group's most common wording), times how topical the kind of word is; the spread is
     * kept small because in a small corpus a word's rarity says more about the corpus than about the question.
     */
    private double weight(Set<String> group, String tag) {
        int df = 0;
        for (String term : group) {
            df = Math.max(df, docFreq(term));
        }
        if (df == 0) {
            return PartOfSpeech.isNoun(tag) ? 2.0 : 0.0;
        }
        return PartOfSpeech.topicality(tag) * qualifier(tag) * (1 + 0.5 * idf(df) / idf(0));
    }

    private static double qualifier(String tag) {
        return tag.equals("ADJ") ? ADJECTIVE : 1.0;
    }

    private double idf(int df) {
        int n = Math.max(1, reader.numDocs());
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** The term's document frequency in the field where it is most common. */
    private int docFreq(String term) {
        int df = 0;
        for (String field : List.of(IndexFields.BODY, IndexFields.HEADING, IndexFields.QUESTION)) {
            df = Math.max(df, terms.docFreq(field, term));
        }
        return df;
    }
}
