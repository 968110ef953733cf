package faqbot.search;

import faqbot.corpus.Passage;
import faqbot.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;

/**
 * The rerank stage: the retrieved candidates read as passages, each judged by how much of the question it covers
 * (in all its fields and the names of the subjects it is about, and in its headings alone), then put in order by
 * {@link Ranking}. A section of the hip replacement article covers "hip replacement" though only its title says so.
 * The cost is bounded by the number of candidates, never by the corpus size.
 */
final class CoverageRerank {

    /**
     * The fields a passage's own headings, FAQ question and focus names are indexed in; coverage there says
     * "squarely about" (an entry about BFNS covers "bfns" even if only its focus field says so).
     */
    private static final List<String> HEADING_FIELDS = List.of(IndexFields.HEADING, IndexFields.QUESTION, IndexFields.FOCUS);
    private static final List<String> TEXT_FIELDS = List.of(IndexFields.BODY);

    private final IndexReader reader;
    private final PassageStore passages;
    private final ContentSubjects subjects;

    CoverageRerank(IndexReader reader, PassageStore passages, ContentSubjects subjects) {
        this.reader = reader;
        this.passages = passages;
        this.subjects = subjects;
    }

    /** The best {@code k} of the candidates (best first by the retriever), best first, both signals fused. */
    List<SearchHit> rerank(Question question, List<Candidate> candidates, int k) throws IOException {
        List<SearchHit> ranked = Ranking.byRelevance(Fusion.fuse(judge(question, candidates), candidates, question.terms().weighs()));
        return ranked.subList(0, Math.min(k, ranked.size()));
    }

    /** Each candidate read and judged, in the retriever's order. */
    List<SearchHit> judge(Question question, List<Candidate> candidates) throws IOException {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<String> terms = question.terms().terms();
        int[] docs = candidates.stream().mapToInt(Candidate::doc).toArray();
        List<Set<String>> inHeadings = PassageTerms.present(reader, docs, terms, HEADING_FIELDS);
        List<Set<String>> inBodies = PassageTerms.present(reader, docs, terms, TEXT_FIELDS);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Passage passage = passages.load(docs[i]);
            Set<String> about = new HashSet<>();
            subjects.of(passage.id()).forEach(subject -> about.addAll(subjects.terms(subject)));
            Set<String> inPassage = new HashSet<>(inHeadings.get(i));
            inPassage.addAll(inBodies.get(i));
            inPassage.addAll(about);
            Candidate candidate = candidates.get(i);
            hits.add(new SearchHit(passage, candidate.score(), question.terms().coverage(inPassage),
                    question.terms().coverage(inHeadings.get(i)), question.askedTerms().coverage(inPassage), candidate.similarity()));
        }
        return hits;
    }


}
