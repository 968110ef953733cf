package faqbot.search;

import java.io.IOException;
import java.util.List;

/**
 * The retrieval stage: a question's candidate passages, best first. The rerank stage judges them after; another
 * retriever (dense vectors, or a fusion of several) fits here without changing either side.
 */
interface Retriever {

    /** At most {@code depth} candidates, best first; empty when nothing matches. */
    List<Candidate> retrieve(Question question, int depth) throws IOException;
}
