package faqbot.gaps;

import java.util.Set;

/**
 * People's given names and surnames, lower-cased: every first, middle and last name in Datafaker's locale data (the
 * US Census lists for English, and the lists of some 60 other countries), about 33,000 names in many scripts, kept in
 * the jar as names.txt (WordListsTest checks it against Datafaker). Left out: the Dutch list, whose 31,000 surnames
 * are mostly everyday words ("de", "can", "most"), and the Uzbek list of single-letter initials.
 */
final class Names {

    static final String RESOURCE = "names.txt";

    private final Set<String> names;

    private Names(Set<String> names) {
        this.names = names;
    }

    /** The list, read once on first use. */
    static Names standard() {
        return Standard.NAMES;
    }

    /** Whether the lower-cased word is someone's name somewhere. */
    boolean contains(String lowerCaseWord) {
        return names.contains(lowerCaseWord);
    }

    private static final class Standard {
        static final Names NAMES = new Names(WordList.read(RESOURCE));
    }
}
