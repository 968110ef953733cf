package faqbot.search;

import faqbot.index.IndexFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Lexical retrieval: the question's words as a BM25 query over the passage fields, each weighted by how telling a
 * match there is, plus what an FAQ sheet's structure allows: the focus named whole, the question type matched. A
 * corpus without focus or types (articles) ranks by its words alone.
 *
 * <p>The clauses of the words are optional, so Lucene can skip the passages that cannot reach the top; a passage must
 * match one of them.
 */
final class Bm25Retriever implements Retriever {

    /** An FAQ question or a heading that shares the visitor's words says more than the same words in a long text. */
    static final Map<String, Float> FIELD_BOOSTS = boosts();

    private final IndexSearcher searcher;
    private final FieldsQueryBuilder builder;
    private final Optional<QuestionTypeModel> types;
    /** Whether any passage has a focus (FAQ sheets that say what an entry is about; articles do not). */
    private final boolean focused;

    Bm25Retriever(Generation generation) throws IOException {
        this.searcher = generation.searcher;
        this.builder = new FieldsQueryBuilder(generation.queryAnalyzer, indexed(generation.reader), generation.terms);
        this.types = generation.types;
        this.focused = generation.reader.getDocCount(IndexFields.FOCUS_KEY) > 0;
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(IndexFields.BODY, 1.0f);
        boosts.put(IndexFields.HEADING, 2.0f);
        boosts.put(IndexFields.QUESTION, 1.5f);
        boosts.put(IndexFields.FOCUS, 1.5f);
        boosts.put(IndexFields.DOCUMENT_TITLE, 0.3f);
        return Collections.unmodifiableMap(boosts); // in a fixed order: scores are summed in clause order
    }

    /** The boosted fields some passage of this generation has (articles have no FAQ question or focus). */
    private static Map<String, Float> indexed(IndexReader reader) throws IOException {
        Map<String, Float> present = new LinkedHashMap<>();
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            if (reader.getDocCount(field.getKey()) > 0) {
                present.put(field.getKey(), field.getValue());
            }
        }
        return present;
    }

    @Override
    public List<Candidate> retrieve(Question question, int depth) throws IOException {
        Query query = query(question);
        return query == null ? List.of() : search(query, depth);
    }

    /** The best {@code depth} passages for a query of {@link #query}, best first. */
    List<Candidate> search(Query query, int depth) throws IOException {
        return Arrays.stream(searcher.search(query, depth).scoreDocs).map(hit -> new Candidate(hit.doc, hit.score)).toList();
    }

    /**
     * The query, or null when no word of the question can match anything (all stop words, punctuation). A passage
     * must hold a word of the question: the focus and type boosts order the entries that do, and never bring in one
     * that does not (a constant type boost alone outscored an article's sections that named what was asked).
     */
    Query query(Question question) {
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
        boolean some = false;
        for (String text : question.texts()) {
            Query words = builder.createBooleanQuery(IndexFields.BODY, text);
            if (words != null) {
                anyWord.add(words, BooleanClause.Occur.SHOULD);
                some = true;
            }
        }
        if (!some) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(anyWord.build(), BooleanClause.Occur.MUST);
        if (focused) {
            FocusBoost.clause(question.words()).ifPresent(focus -> query.add(focus, BooleanClause.Occur.SHOULD));
        }
        Query matched = query.build();
        return types.flatMap(model -> model.detect(question.asked())).map(type -> QuestionTypeBoost.around(matched, type)).orElse(matched);
    }
}
