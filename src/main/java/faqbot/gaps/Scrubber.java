package faqbot.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes what could identify a person out of a question before it is kept: e-mail addresses (also spelled out), dates
 * in any common form, every other number (phones, record numbers, ages), and names.
 *
 * <p>Why a list of names rather than a list of allowed words: keeping only the words that the content or an English
 * word list knows would be the surest way to drop names. But the gaps list is there to show the content team what
 * patients ask that the content lacks, and that is mostly words it does not know ("ozempic", "sciatica", a
 * misspelling). So a word stays unless it is a name, or stands where a name would:
 * <ul>
 *   <li>a word on the {@link Names} list (33,000 names from many countries), in any case and position, unless it is
 *       also an everyday word ({@link EnglishWords}: "will", "may", "son") or one the content uses ("gene");</li>
 *   <li>a word that is both a name and such a word, where the text shows a name: capitalised inside a sentence, after
 *       "i'm", beside a sure name, or (when only the content knows it) at the start of a sentence, because content
 *       that mentions St John's wort does not make "john has back pain" about a herb;</li>
 *   <li>a word after "my name is", "call me", "dr", "my son" and the like, unless it is a function word ("my son
 *       will"), or an everyday word that no list gives as a name ("my son has");</li>
 *   <li>a capitalised word inside a sentence that is neither everyday English nor in the content.</li>
 * </ul>
 * What can stay: a name that is also an everyday word, with nothing around it saying it is a name ("mark has a
 * cold"), and a name that no list has, in lower case, where no rule looks ("i saw zebulon"). Best effort, erring
 * towards removal: a body part or word missing from both lists and the content is taken for a name.
 */
final class Scrubber {

    static final int MAX_CHARS = 300;
    /** Placeholders are shorter than most of what they replace, so a little more than is kept is read. */
    private static final int MAX_SCRUBBED_CHARS = 400;
    static final String NAME = "[name]";

    private static final Pattern NUMBER = Pattern.compile("\\p{N}([\\p{N}\\s().:/+-]*\\p{N})?(st|nd|rd|th)?\\b");
    /** Hyphens split words: "mary-jane" is two names, "x-ray" a word and a name ("ray"), judged apart. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s?!.,;:]+$");
    /** Words after which a name comes: "my name is ..", "call me ..", "dr ..", "my son ..". */
    static final Set<String> INTRODUCERS = Set.of("named", "called", "dr", "mr", "mrs", "ms", "mx", "miss", "prof",
            "professor", "doctor", "nurse", "son", "daughter", "wife", "husband", "mother", "mom", "mum", "father", "dad",
            "brother", "sister", "aunt", "uncle", "niece", "nephew", "cousin", "grandson", "granddaughter", "grandma",
            "grandpa", "grandmother", "grandfather", "granny", "partner", "boyfriend", "girlfriend", "fiance", "fiancee",
            "friend", "neighbour", "neighbor", "child", "baby", "kid", "stepson", "stepdaughter");
    /** "Dr. Zyx": the dot of a title ends no sentence. */
    private static final Pattern TITLE_DOT = Pattern.compile("(?iu)\\b(dr|mr|mrs|ms|mx|prof|st)\\.");
    private static final List<List<String>> INTRODUCTIONS = List.of(List.of("name", "is"), List.of("my", "name"), List.of("call", "me"));
    private static final List<List<String>> PRESENTATIONS = List.of(List.of("i", "am"), List.of("i'm"), List.of("i’m"),
            List.of("im"), List.of("this", "is"));

    private final Predicate<String> contentWord;

    /** @param contentWord whether the content uses a word: such words stay unless they are, or stand where, a name */
    Scrubber(Predicate<String> contentWord) {
        this.contentWord = contentWord;
    }

    /**
     * The question with personal details replaced, lower-cased, spaces squeezed and end punctuation dropped (so the
     * same question typed twice is one entry), at most {@link #MAX_CHARS}.
     */
    String scrub(String message) {
        String text = Emails.replace(leadingWords(message));
        text = Dates.replace(text);
        text = NUMBER.matcher(text).replaceAll("[number]");
        text = names(text);
        text = TRAILING_PUNCTUATION.matcher(SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()).replaceAll("");
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }

    /**
     * One word of the text and what is known about it.
     *
     * @param introduced follows "my name is", "call me", "dr", "my son" and the like
     * @param presented follows "i am", "i'm", "this is", which are followed by names less often than by states
     */
    private record Word(int start, int end, String text, String lower, boolean listedName, boolean everyday, boolean inContent,
            boolean capitalised, boolean sentenceStart, boolean introduced, boolean presented) {

        boolean surelyName() {
            return listedName && !everyday && !inContent;
        }

        boolean besides(Word other) {
            return other.end() == start - 1 || end == other.start() - 1;
        }
    }

    /**
     * The words of the message that can make it into the kept {@link #MAX_CHARS}, whole: a word cut in two could be
     * half an address that no pattern knows any more. Bounds the work too, whatever a visitor sends.
     */
    private static String leadingWords(String message) {
        if (message.length() <= MAX_SCRUBBED_CHARS) {
            return message;
        }
        int cut = MAX_SCRUBBED_CHARS;
        while (cut > 0 && !Character.isWhitespace(message.charAt(cut))) {
            cut--;
        }
        return message.substring(0, cut);
    }

    /** Reads the lists of names and words now, so a missing list stops the start, not a visitor's question. */
    static void loadLists() {
        Names.standard();
        EnglishWords.standard();
    }

    private String names(String message) {
        String text = TITLE_DOT.matcher(message).replaceAll("$1");
        List<Word> words = words(text);
        boolean[] name = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            name[i] = isName(words.get(i));
        }
        // a name beside a sure name is part of it: "tom jones", "Mary Kowalczykowa"; "Will Smith" if it says so by case.
        // Not any unknown word after a name: without a full English dictionary "john borrowed" would lose its verb.
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean afterName = i > 0 && words.get(i - 1).surelyName() && w.besides(words.get(i - 1));
            boolean beforeName = i + 1 < words.size() && words.get(i + 1).surelyName() && w.besides(words.get(i + 1));
            boolean saysSoByCase = w.capitalised() && (!w.sentenceStart() || !w.everyday());
            name[i] |= (afterName || beforeName) && (w.listedName() && !w.everyday() || saysSoByCase && (w.listedName() || !w.inContent()));
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            if (name[i]) {
                out.append(text, at, words.get(i).start()).append(NAME);
                at = words.get(i).end();
            }
        }
        return out.append(text.substring(at)).toString();
    }

    private static boolean isName(Word w) {
        if (w.surelyName()) {
            return true;
        }
        if (w.introduced()) {
            return w.listedName() ? !EnglishWords.isFunctionWord(w.lower()) : !w.everyday();
        }
        if (w.listedName()) {
            return w.capitalised() && !w.sentenceStart() || w.presented() || w.sentenceStart() && !w.everyday();
        }
        return w.capitalised() && (!w.sentenceStart() || w.presented()) && !w.everyday() && !w.inContent() && !isAcronym(w.text());
    }

    private List<Word> words(String text) {
        Names names = Names.standard();
        EnglishWords english = EnglishWords.standard();
        boolean shouted = text.codePoints().noneMatch(Character::isLowerCase);
        List<Word> words = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            if (hasSentenceEnd(text, previousEnd, m.start())) {
                sentence.clear();
            }
            previousEnd = m.end();
            String word = m.group();
            String base = stem(word.toLowerCase(Locale.ROOT));
            boolean placeholder = m.start() > 0 && text.charAt(m.start() - 1) == '[';
            if (!placeholder) {
                String previous = sentence.isEmpty() ? "" : sentence.get(sentence.size() - 1);
                words.add(new Word(m.start(), m.end(), word, base, names.contains(base), english.contains(base), contentWord.test(base),
                        !shouted && isCapitalised(word), startsSentence(text, m.start()),
                        INTRODUCERS.contains(previous) || endsWith(sentence, INTRODUCTIONS),
                        endsWith(sentence, PRESENTATIONS)));
            }
            sentence.add(base);
        }
        return words;
    }

    private static boolean endsWith(List<String> sentence, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            int from = sentence.size() - phrase.size();
            if (from >= 0 && sentence.subList(from, sentence.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** "john's" is John's too. */
    private static String stem(String lower) {
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /** "Tom", or "TOM" in a message that is not all capitals; never the pronoun I. */
    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0)) && !word.startsWith("I'") && !word.startsWith("I’") && !word.equals("I");
    }

    private static boolean hasSentenceEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == ';' || c == ':' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '(' && c != '\'') {
                return c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '\n';
            }
        }
        return true;
    }

    /** VCF, PMMA, MRI: short all-capital words are terms, not names, unless a list of names has them. */
    private static boolean isAcronym(String word) {
        return word.length() <= 5 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
