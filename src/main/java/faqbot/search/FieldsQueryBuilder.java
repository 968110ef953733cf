package faqbot.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene's query builder, making each word (or each word with its synonyms) a query over every passage field at
 * once, each field with its boost. Every field is analyzed alike, so the text is analyzed once, not once per field;
 * a passage scores what it would for the same query built per field and summed. Only where a multi-word synonym
 * makes a side path ("health plan") may its words match in different fields.
 */
final class FieldsQueryBuilder extends QueryBuilder {

    private final Map<String, Float> boosts;
    private final ContentTerms terms;

    /** @param boosts the fields, in the order their scores are summed, with their boosts */
    FieldsQueryBuilder(Analyzer analyzer, Map<String, Float> boosts, ContentTerms terms) {
        super(analyzer);
        this.boosts = Collections.unmodifiableMap(new LinkedHashMap<>(boosts));
        this.terms = terms;
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boosts.forEach((field, weight) ->
                fields.add(new BoostQuery(terms.query(field, term.text()), weight * boost), BooleanClause.Occur.SHOULD));
        return fields.build();
    }

    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boosts.forEach((each, weight) -> {
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(each);
            for (TermAndBoost term : terms) {
                synonyms.addTerm(term.term, term.boost);
            }
            fields.add(new BoostQuery(synonyms.build(), weight), BooleanClause.Occur.SHOULD);
        });
        return fields.build();
    }
}
