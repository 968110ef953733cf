package faqbot.index;

/** Lucene field names, in one place so the builder and the searcher cannot drift apart. */
public final class IndexFields {

    /** Passage id, exact (StringField, stored): used to delete, look up and cite. */
    public static final String ID = "id";
    /** FAQ question and its alternate wordings (analyzed): the strongest signal when a visitor asks the same thing. */
    public static final String QUESTION = "question";
    /** The heading trail of the section (analyzed): short and topical. */
    public static final String HEADING = "heading";
    /** The document's title (analyzed): separates documents about different things. */
    public static final String DOCUMENT_TITLE = "document_title";
    /** The passage's text (analyzed): paragraphs, list items, table sentences. */
    public static final String BODY = "body";
    /** Every word of the passage lower-cased but not stemmed: the vocabulary the spelling corrector proposes from. */
    public static final String SPELLING = "spelling";
    /** The whole passage as JSON (stored only): search results are rebuilt from the index alone. */
    public static final String PASSAGE_JSON = "passage_json";

    private IndexFields() {}
}
