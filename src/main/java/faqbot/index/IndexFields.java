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
    /** An FAQ entry's focus (the disease, drug or test it is about) and the focus's other names (analyzed). */
    public static final String FOCUS = "focus";
    /**
     * Each name of the focus as one exact key of its analyzed words, e.g. "breast cancer" (StringField): a question
     * that names the whole focus is about that focus, not about one of the dozens of entries sharing a word of it.
     */
    public static final String FOCUS_KEY = "focus_key";
    /** An FAQ entry's question type, exact (e.g. "symptoms"): matched to the type detected in the visitor's message. */
    public static final String QUESTION_TYPE = "question_type";
    /**
     * The passage's meaning as the sentence-embedding model reads it (KnnFloatVectorField, HNSW, dot product of
     * L2-normalised vectors = cosine): found by what a question means, in words the passage need not use.
     */
    public static final String VECTOR = "vector";
    /** The whole passage as JSON (stored only): search results are rebuilt from the index alone. */
    public static final String PASSAGE_JSON = "passage_json";

    private IndexFields() {}
}
