package faqbot.dialog;

/** Where the chat service reports the questions it could not answer, for the content team's list of gaps. */
@FunctionalInterface
public interface UnansweredLog {

    /** Records nothing: the default, so no patient text is kept unless an operator opts in. */
    UnansweredLog NONE = message -> { };

    void unanswered(String message);
}
