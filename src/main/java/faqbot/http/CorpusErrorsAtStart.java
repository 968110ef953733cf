package faqbot.http;

import java.util.List;

/**
 * The errors of the corpus a server was started on, while it serves the generation built before them: said on the
 * first screen and in /api/ready until a generation of the corrected corpus is swapped in.
 *
 * @param servedGeneration the generation served because the corpus could not be built, e.g. "gen-000003"
 * @param errors each as "file:line: error: ..."
 */
public record CorpusErrorsAtStart(String servedGeneration, List<String> errors) {

    public CorpusErrorsAtStart {
        errors = List.copyOf(errors);
    }

    public static CorpusErrorsAtStart none() {
        return new CorpusErrorsAtStart("", List.of());
    }

    /** Whether they are still news: there are some, and the generation served is still the one built before them. */
    boolean holdFor(String generation) {
        return !errors.isEmpty() && servedGeneration.equals(generation);
    }

    /** "The corpus has 2 errors, so gen-000003, built before them, is served; fix them, then run reindex". */
    public String sentence() {
        boolean one = errors.size() == 1;
        return "The corpus has " + errors.size() + (one ? " error" : " errors") + ", so " + servedGeneration + ", built before "
                + (one ? "it" : "them") + ", is served; fix " + (one ? "it" : "them") + ", then run reindex";
    }
}
