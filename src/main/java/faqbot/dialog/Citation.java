package faqbot.dialog;

import faqbot.corpus.Passage;

/**
 * Where an answer came from: the section's title, its heading trail and the link to it. The link is only ever an
 * http(s) address or "": {@link Passage#citationUrl()} guards it, for search results as well as chat.
 */
public record Citation(String id, String title, String section, String url, String snippet) {

    static Citation of(Passage passage, String snippet) {
        return new Citation(passage.id(), passage.documentTitle(), passage.section(), passage.citationUrl(), snippet);
    }
}
