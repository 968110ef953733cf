package faqbot.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.corpus.Passage;

/** Passages stored in the index as JSON, so the index alone can serve and cite them. */
public final class PassageJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PassageJson() {}

    static String write(Passage passage) {
        try {
            return JSON.writeValueAsString(passage);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a passage is plain data and always serializes", e);
        }
    }

    public static Passage read(String json) {
        try {
            return JSON.readValue(json, Passage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the index holds a passage faqbot cannot read; rebuild it with reindex", e);
        }
    }
}
