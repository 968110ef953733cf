package faqbot.search;

import faqbot.nlu.Entities;
import faqbot.nlu.EntityRecognizer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Every decision about which passage answers best, in one place: the search's order (BM25 with how much of the
 * question a passage covers), the turn's order (passages about the subject and headed for the topic asked about), and
 * when the best passages are about different subjects and too close to call ("which one do you mean?").
 */
public final class Ranking {

    /*
     * BM25 loves a short FAQ question that repeats one word ("What is vertebroplasty?"); coverage prefers the passage
     * that has all of "who should get vertebroplasty", and coverage by a passage's own headings says "squarely about".
     */
    private static final double BM25_SHARE = 0.4;
    private static final double COVERAGE_SHARE = 0.4;
    private static final double HEADING_SHARE = 0.2;

    /*
     * An article's subjects are in nearly every passage of it, so BM25 barely tells "risks of vertebroplasty" from
     * "risks of kyphoplasty"; the headings do. A heading about "risks" answers "why is it bad if the cement leaks" better
     * than a passage that merely mentions leaking. A section headed for another subject ("Ideal Candidates for
     * Vertebroplasty"), or about another subject altogether, does not answer for this one.
     */
    private static final double SUBJECT_BONUS = 0.15;
    private static final double TOPIC_BONUS = 0.1;
    /** What being the kind of section asked about, of the subject asked about, adds: more than a topic named. */
    private static final double KIND_OF_SUBJECT = 0.3;
    private static final double OTHER_SUBJECT = 0.6;
    /**
     * Of no subject asked, the kind of section or the topic its heading names decides between passages that cover the
     * question about as well, not against one that covers clearly more ("ive been on prednisone, can that cause bone
     * loss": a "Causes" section of another condition against the entry that holds every word).
     */
    private static final double COVERAGE_TIE = 0.15;
    /** What saying what a subject is adds for "what is X?": more than any relevance, so the definition comes first. */
    private static final double DEFINITION_FIRST = 1.0;
    /** How much of the question a definition must cover to come first. */
    private static final double DEFINITION_COVERAGE = 0.5;

    /** How close two passages about different subjects must score for the question to count as ambiguous. */
    static final double AMBIGUITY_MARGIN = 0.08;

    private Ranking() {}

    /** The hits by relevance, best first; ties keep the retriever's order. */
    static List<SearchHit> byRelevance(List<SearchHit> hits) {
        float top = topScore(hits);
        return sorted(hits, hit -> relevance(hit, top));
    }

    /**
     * The hits by relevance to a turn about these subjects and topics, best first. A passage about none of the subjects
     * asked (an FAQ entry on another condition, another document's generic "Risks" or "Insurance" section) does not
     * answer, however well its words match. When the question asks what a subject is ({@code definitionOf}, see
     * {@link Definitions#askedAbout}), a passage that defines it answers, even when its heading does not repeat its name.
     */
    public static List<SearchHit> forTurn(List<SearchHit> hits, TurnQuestion asked, EntityRecognizer recognizer, ContentSubjects content) {
        float top = topScore(hits);
        List<String> subjects = asked.subjects();
        double mostCovered = mostCovered(hits);
        return sorted(hits, hit -> {
            Entities headed = headings(hit, recognizer);
            double named = !subjects.isEmpty() || coversAsWell(hit, mostCovered) ? topicBonus(headed, asked.topics()) : 0;
            double topic = Math.max(named, kindBonus(asked, hit, content, mostCovered));
            return relevance(hit, top) + subjectBonus(headed.subjects(), subjects, hit, content) + otherSubject(hit, subjects, content)
                    + topic + definitionBonus(asked.definitionOf(), hit, subjects, content);
        });
    }

    /**
     * A section of the kind the question asks for ("is it safe?" → risks) is headed for its topic; of the subject asked
     * about, and covering most of the question, it answers even when the subject's name, repeated elsewhere, draws
     * BM25 to other sections (one covering little of the question would only make the bot less sure). A follow-up
     * ("and how is it treated?") has few words of its own to cover, in other forms than the section's ("treated",
     * "treatments"): there the kind of section of the conversation's subject answers whatever it covers.
     */
    private static double kindBonus(TurnQuestion asked, SearchHit hit, ContentSubjects content, double mostCovered) {
        Optional<String> kind = asked.kind();
        if (kind.isEmpty() || !kind.equals(content.kind(hit.passage().id()))) {
            return 0;
        }
        List<String> subjects = asked.subjects();
        boolean covers = asked.subjectInherited() || hit.askedCoverage() >= DEFINITION_COVERAGE;
        boolean ofSubject = !subjects.isEmpty() && content.isAbout(hit.passage().id(), subjects) && covers;
        if (ofSubject) {
            return KIND_OF_SUBJECT;
        }
        return coversAsWell(hit, mostCovered) ? TOPIC_BONUS : 0;
    }

    /** The most any hit covers of the question, of those not unrelated to it in meaning ({@link Fusion#strength}). */
    private static double mostCovered(List<SearchHit> hits) {
        return hits.stream().filter(h -> !h.hasSimilarity() || Fusion.strength(h.similarity()) > 0)
                .mapToDouble(SearchHit::askedCoverage).max().orElse(0);
    }

    private static boolean coversAsWell(SearchHit hit, double mostCovered) {
        return hit.askedCoverage() >= mostCovered - COVERAGE_TIE;
    }

    /**
     * "What is X?" is answered by the passage that says what X is, before any section whose heading merely repeats X
     * ("Types of X"), when X is a subject asked about and the passage covers most of what was asked.
     */
    private static double definitionBonus(Optional<String> definitionOf, SearchHit hit, List<String> asked, ContentSubjects content) {
        boolean defines = definitionOf.isPresent() && content.kind(hit.passage().id()).filter(Definitions.KIND::equals).isPresent();
        if (!defines || hit.askedCoverage() < DEFINITION_COVERAGE) {
            return 0;
        }
        return asked.stream().filter(subject -> content.isAbout(hit.passage().id(), List.of(subject)))
                .anyMatch(subject -> Definitions.names(definitionOf.get(), content.names().getOrDefault(subject, List.of()))) ? DEFINITION_FIRST : 0;
    }

    /**
     * The subjects to ask about ("which one do you mean?"), empty when the bot should answer: a question that names no
     * subject and inherits none, where the best passages are about different single subjects, almost equally good, and
     * cover the question alike, and are the same kind of section (a topic the question names, or headings that cover it
     * alike: "how long is recovery?" between two "Recovery" sections). Where one passage clearly answers, or the content
     * covers the subjects together (costs, research, comparisons), the bot answers. "What is X?" names what it asks
     * about: it is ambiguous only where X heads a section of each subject ("what is recovery like?"), not where the
     * entries on two conditions merely mention X ("what is osteopenia?"). The options are the hits' subjects.
     */
    public static List<String> subjectsToAskAbout(TurnQuestion asked, QuestionTerms question, List<SearchHit> hits,
            EntityRecognizer recognizer, ContentSubjects content) {
        if (hits.isEmpty() || !asked.subjects().isEmpty()) {
            return List.of();
        }
        boolean topicNamed = !asked.topics().isEmpty() && asked.definitionOf().isEmpty();
        SearchHit best = hits.get(0);
        Set<String> first = about(best, recognizer, content);
        if (first.size() != 1 || first.contains(Entities.BOTH)) {
            return List.of();
        }
        float top = topScore(hits);
        double firstScore = relevance(best, top);
        return hits.stream().skip(1).filter(h -> {
            Set<String> about = about(h, recognizer, content);
            return about.size() == 1 && !about.contains(Entities.BOTH) && !about.equals(first);
        }).findFirst().filter(h -> firstScore - relevance(h, top) < AMBIGUITY_MARGIN && best.coverage() - h.coverage() < AMBIGUITY_MARGIN
                && (topicNamed || sameHeadings(best, h) && namesNeither(question, first, about(h, recognizer, content), content)))
                .map(h -> List.of(first.iterator().next(), about(h, recognizer, content).iterator().next())).orElse(List.of());
    }

    /**
     * Whether the question has no word of either subject's names: headings that cover "spinal cord" alike in "Spinal
     * Cord Injuries" and "Spinal Cord Diseases" are not two sections of one kind, but a question half naming one.
     */
    private static boolean namesNeither(QuestionTerms question, Set<String> a, Set<String> b, ContentSubjects content) {
        Set<String> words = question.terms();
        return java.util.stream.Stream.concat(a.stream(), b.stream()).flatMap(s -> content.terms(s).stream()).noneMatch(words::contains);
    }

    /** Whether two passages' headings both cover the question, and alike: the same kind of section. */
    private static boolean sameHeadings(SearchHit a, SearchHit b) {
        return a.headingCoverage() > 0 && b.headingCoverage() > 0 && Math.abs(a.headingCoverage() - b.headingCoverage()) < AMBIGUITY_MARGIN;
    }

    /**
     * The subjects a hit is about, for telling them apart: as its headings name them ("Differences › Care for
     * Kyphoplasty" is about both), else as derived from the content (an FAQ entry's focus).
     */
    private static Set<String> about(SearchHit hit, EntityRecognizer recognizer, ContentSubjects content) {
        Set<String> headed = headings(hit, recognizer).subjects();
        return headed.isEmpty() ? content.of(hit.passage().id()) : headed;
    }

    /**
     * A passage about none of the subjects asked about, nor naming one of them in its text: another document's
     * generic section, an entry on another condition. Nothing when no subject was asked about, or "both".
     */
    private static double otherSubject(SearchHit hit, List<String> asked, ContentSubjects content) {
        String id = hit.passage().id();
        if (asked.isEmpty() || asked.contains(Entities.BOTH) || content.of(id).isEmpty()) {
            return 0;
        }
        return content.isAbout(id, asked) || content.mentions(hit.passage(), asked) ? 0 : -OTHER_SUBJECT;
    }

    /** The hit's relevance, 0..1, relative to the best BM25 score of its result, with its meaning ({@link Fusion}). */
    private static double relevance(SearchHit hit, float topScore) {
        return Fusion.relevance(byWords(hit, topScore), hit);
    }

    /**
     * The hit's relevance by its words alone, 0..1: its BM25 score relative to the best of its result, softened by a
     * square root, so an FAQ entry whose title repeats one word of the question ("X-Rays", "After Surgery") does not
     * outweigh a passage that covers all of it (generality dev 48 → 50 of 65, MedQuAD rank-1 0.899 → 0.903).
     */
    static double byWords(SearchHit hit, float topScore) {
        return BM25_SHARE * Math.sqrt(hit.score() / topScore) + COVERAGE_SHARE * hit.coverage() + HEADING_SHARE * hit.headingCoverage();
    }

    /** The best BM25 score; 1 when no hit matched a word (found by meaning alone). */
    static float topScore(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::score).max(Float::compare).filter(s -> s > 0).orElse(1f);
    }

    /** Each hit's score is worked out once, not on every comparison; the sort is stable. */
    private static List<SearchHit> sorted(List<SearchHit> hits, ToDoubleFunction<SearchHit> score) {
        record Scored(SearchHit hit, double score) {}
        return hits.stream().map(h -> new Scored(h, score.applyAsDouble(h)))
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score())).map(Scored::hit).toList();
    }

    private static double topicBonus(Entities headed, List<String> topics) {
        return topics.stream().anyMatch(headed.topics()::contains) ? TOPIC_BONUS : 0;
    }

    /** What a passage's headings and FAQ question name. */
    private static Entities headings(SearchHit hit, EntityRecognizer recognizer) {
        var p = hit.passage();
        return recognizer.recognizeContent(String.join(" ", p.trail()) + " " + String.join(" ", p.question()));
    }

    /**
     * What the subjects a passage's headings name say: squarely about the one asked (or a narrower one: "Adolescent
     * idiopathic scoliosis" for "scoliosis"), about both of a comparison, or headed for another subject that its text
     * does not even name ("Ideal Candidates for Vertebroplasty" for kyphoplasty).
     */
    private static double subjectBonus(Set<String> headed, List<String> asked, SearchHit hit, ContentSubjects content) {
        if (headed.isEmpty() || asked.isEmpty()) {
            return 0;
        }
        boolean coversBoth = headed.contains(Entities.BOTH) || headed.size() > 1;
        boolean askedBoth = asked.contains(Entities.BOTH) || asked.size() > 1;
        if (askedBoth) {
            return coversBoth ? SUBJECT_BONUS : -SUBJECT_BONUS;
        }
        String one = asked.get(0);
        if (headed.stream().anyMatch(h -> h.equals(one) || content.within(h, one))) {
            return SUBJECT_BONUS;
        }
        return coversBoth || content.mentions(hit.passage(), asked) ? 0 : -OTHER_SUBJECT;
    }
}
