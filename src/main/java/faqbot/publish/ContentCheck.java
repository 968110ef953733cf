package faqbot.publish;

import faqbot.corpus.Problem;
import java.nio.file.Path;
import java.util.List;

/** A check of the corpus beyond reading its documents, run before any build (synonyms parse, intents train). */
@FunctionalInterface
public interface ContentCheck {

    List<Problem> check(Path corpusDir);
}
