package faqbot.cli;

import faqbot.app.Faqbot;

/** The line ask and chat begin with: which generation answers, and whether it is the live one. */
final class AnsweringFrom {

    private AnsweringFrom() {}

    static String describe(Faqbot faqbot, Locations locations) {
        return faqbot.isTemporary()
                ? "Answering from a temporary index built now from " + locations.corpus + " (the live index in " + locations.index
                        + " is missing or older than the corpus); nothing is published: run reindex for that."
                : "Answering from " + faqbot.generation() + ", the live index in " + locations.index + ".";
    }
}
