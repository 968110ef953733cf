package faqbot.index;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The one list of words that say nothing about a question's topic: Lucene's English stop words plus the function
 * words of questions, and the filler words that only colour speech.
 */
public final class StopWords {

    static final CharArraySet ENGLISH_QUESTIONS = build();

    /** Dropped before synonyms, so "how do they actually do it" reads "how do they do it". */
    public static final Set<String> FILLER = Set.of("actually", "really", "basically", "exactly", "literally", "honestly",
            "just", "even", "um", "uh", "erm", "hmm", "please", "kindly", "so", "very", "pretty");

    private StopWords() {}

    private static CharArraySet build() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(List.of(
                "what", "whats", "which", "who", "whom", "how", "when", "where", "why", "whether",
                "i", "im", "ive", "me", "my", "mine", "myself", "we", "our", "us", "you", "your", "yours",
                "he", "him", "his", "she", "her", "hers", "they", "them", "their", "its",
                "am", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "doing", "done",
                "have", "has", "had", "having", "can", "could", "would", "should", "will", "shall", "may", "might", "must",
                "get", "gets", "got", "getting", "tell", "know", "please", "thanks", "thank", "hi", "hello", "hey",
                "about", "from", "so", "than", "too", "very", "just", "also", "any", "some", "all", "much", "many",
                "there", "here", "s", "t", "d", "ll", "re", "ve", "m", "dont", "doesnt", "cant", "im",
                "one", "ones", "thing", "things", "stuff", "kind", "really", "like", "want", "need", "explain",
                "mean", "means", "someone", "anyone", "something", "lot", "lots", "bit", "way", "ok", "okay",
                // nouns about the asking itself, not its topic
                "word", "words", "terms", "language", "english", "info", "information", "details", "detail", "question",
                "questions", "answer", "answers", "explanation", "overview", "basics", "anyway", "actually",
                // who the question is for is not what it is about
                "mom", "mum", "mommy", "mother", "dad", "daddy", "father", "husband", "wife", "son", "daughter",
                "grandma", "grandmother", "granny", "grandpa", "grandfather", "parent", "parents", "aunt", "uncle",
                "friend", "partner", "sister", "brother", "family", "relative", "neighbor", "neighbour",
                // "the two" refers back; it names nothing
                "two"));
        return CharArraySet.unmodifiableSet(set);
    }
}
