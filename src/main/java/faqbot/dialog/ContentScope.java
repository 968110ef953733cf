package faqbot.dialog;

import faqbot.nlu.Intent;
import faqbot.search.SearchHit;
import java.util.List;

/**
 * Whether a message is for this content, judged from what retrieval found for it, not from a classifier that learned
 * one article's topic words: the intent examples are domain-neutral, so the classifier tells a question from small
 * talk or a non-health request, and the content says which questions it holds.
 *
 * <p>Measured on the content tests and the generality dev set (bundled article and NIH FAQ sheet, 2026-12-02):
 * the health questions the content does not hold ("first signs of glaucoma", "signs of diabetes") were covered up to
 * 0.6 by passages whose headings named none of their words, and all but 3 of 213 questions it holds were covered
 * more or by a passage whose headings named part of them; non-health requests were covered at most 0.47, and
 * contact, identity and capability messages were named by no heading beyond 0.26 of their words. Those health
 * questions the content does not hold were at most 0.35 close in meaning to their best passage; questions it holds in
 * other words than its headings' ("are there biodegradable alternatives to the cement", "does smoking make your bones
 * weaker") were covered 0.4 to 0.6 by a passage 0.46 to 0.56 close.
 *
 * @param coverage how much of what the visitor asked the best passage holds (0..1)
 * @param headingCoverage how much of it the best passage's own headings, FAQ question or focus name (0..1)
 * @param similarity the best passage's closeness in meaning to the message (a cosine; NaN when not embedded)
 */
record ContentScope(double coverage, double headingCoverage, double similarity) {

    /** A passage holding this much of a question answers it even when its headings name none of it. */
    static final double COVERS_MOST = 0.6;
    /** A passage holding this much of a question, and close to it in meaning, answers it in words of its own. */
    static final double COVERS_PART = 0.4;
    /** A message the classifier calls a non-health request is a question for the content when covered this much. */
    static final double COVERS_A_REQUEST = 0.5;
    /** A message the classifier calls small talk names what a section is about when its headings name this much. */
    static final double NAMES_A_SECTION = 0.3;

    static final ContentScope NOTHING = new ContentScope(0, 0, Double.NaN);

    /** The evidence of the best of the hits (best first), none when nothing was found. */
    static ContentScope of(List<SearchHit> hits) {
        return hits.isEmpty() ? NOTHING : new ContentScope(hits.get(0).askedCoverage(), hits.get(0).headingCoverage(), hits.get(0).similarity());
    }

    /** What the content makes of a message. */
    enum Verdict {
        /** A question for the content: answer it if confident. */
        FOR_THE_CONTENT,
        /** Small talk, or a health question the content does not hold: the honest "I don't have that". */
        NOT_HELD,
        /** A request that is not about health: the content team's out-of-scope reply. */
        NOT_HEALTH
    }

    /**
     * The verdict on a message of this intent.
     *
     * @param named the message names something the content team listed (corpus/entities.txt), which settles it
     */
    Verdict verdict(Intent intent, boolean named) {
        if (intent.name().equals(Intent.OUT_OF_SCOPE)) {
            return named || holdsRequest() ? Verdict.FOR_THE_CONTENT : Verdict.NOT_HEALTH;
        }
        boolean held = intent.isSmallTalk() ? namesASection() : holdsQuestion();
        return named || held ? Verdict.FOR_THE_CONTENT : Verdict.NOT_HELD;
    }

    /**
     * A question the content holds: the best passage covers most of it, or its headings name part of it, or it covers
     * part of it and is close to it in meaning (as {@link SemanticEvidence} counts closeness).
     */
    boolean holdsQuestion() {
        return coverage >= COVERS_MOST || headingCoverage > 0 || coverage >= COVERS_PART && SemanticEvidence.of(similarity) > 0;
    }

    /** A message read as a non-health request that the content covers well all the same: the content decides. */
    boolean holdsRequest() {
        return coverage >= COVERS_A_REQUEST;
    }

    /** A message read as small talk ("can these fractures affect your mood?") that names what a section is about. */
    boolean namesASection() {
        return headingCoverage >= NAMES_A_SECTION;
    }
}
