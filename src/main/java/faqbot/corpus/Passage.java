package faqbot.corpus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

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
 */
public record Passage(
        String id,
        String documentId,
        String documentTitle,
        String documentUrl,
        String anchor,
        List<String> trail,
        List<String> question,
        String text) {

    public Passage {
        trail = List.copyOf(trail);
        question = List.copyOf(question);
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

    @JsonIgnore
    public String citationUrl() {
        return anchor.isEmpty() ? documentUrl : documentUrl + "#" + anchor;
    }

    @JsonIgnore
    public boolean isFaq() {
        return !question.isEmpty();
    }
}
