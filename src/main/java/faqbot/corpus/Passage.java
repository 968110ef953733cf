package faqbot.corpus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit faqbot retrieves and cites: one section of an article, or one FAQ entry.
 *
 * @param id stable id, unique in the corpus (document id + anchor, or the FAQ entry's own id)
 * @param documentId the document this passage belongs to
 * @param documentTitle the document's title, shown in citations
 * @param documentUrl the document's public address, without fragment
 * @param anchor fragment that addresses the section on the public page
 * @param trail heading path below the document title, e.g. ["Fact 5: Risks", "Risks Specific to Kyphoplasty"]
 * @param question the FAQ question for FAQ entries (and alternates after it), empty for sections
 * @param text the passage's readable text: paragraphs, list items and tables as sentences, one block a line
 * @param metadata optional facts about an FAQ entry kept from its sheet, e.g. MedQuAD's {@code focus}, {@code synonyms},
 *     {@code qtype}, {@code source}: name → values (a single value is a one-element list); empty for article sections
 */
public record Passage(
        String id,
        String documentId,
        String documentTitle,
        String documentUrl,
        String anchor,
        List<String> trail,
        List<String> question,
        String text,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> metadata) {

    public Passage {
        trail = List.copyOf(trail);
        question = List.copyOf(question);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** A passage without metadata: every article section. */
    public Passage(String id, String documentId, String documentTitle, String documentUrl, String anchor,
            List<String> trail, List<String> question, String text) {
        this(id, documentId, documentTitle, documentUrl, anchor, trail, question, text, Map.of());
    }

    /** The first value of a metadata field, e.g. {@code meta("focus")}. */
    public Optional<String> meta(String name) {
        List<String> values = metadata.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The heading trail as people read it: "Fact 5: Risks › Risks Specific to Kyphoplasty". */
    @JsonIgnore
    public String section() {
        return trail.isEmpty() ? documentTitle : String.join(" › ", trail);
    }

    /** The last heading, or the document title for an introduction. */
    @JsonIgnore
    public String heading() {
        return trail.isEmpty() ? documentTitle : trail.get(trail.size() - 1);
    }

    /**
     * The link to the section, or "" when the document's address is no http(s) URL: the readers refuse those, but an
     * index built before they did may still hold one, and both chat and search cite through here.
     */
    @JsonIgnore
    public String citationUrl() {
        if (!CitationUrl.isSafe(documentUrl)) {
            return "";
        }
        return anchor.isEmpty() ? documentUrl : documentUrl + "#" + anchor;
    }

    @JsonIgnore
    public boolean isFaq() {
        return !question.isEmpty();
    }
}
