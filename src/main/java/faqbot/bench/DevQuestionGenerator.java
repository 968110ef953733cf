package faqbot.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites MedQuAD questions the way visitors ask: the focus by another of its names, words dropped, misspellings,
 * and for half of them a chatty story around the question ("Hi, my dad was diagnosed with …, is it inherited?
 * Thanks"). Fixed seed: the same file always gives the same dev set.
 */
final class DevQuestionGenerator {

    static final long SEED = 20191008L;

    private static final List<String> OPENERS = List.of("", "Hi, ", "Hello! ", "Good morning. ", "Hi there, ", "hey ", "Dear doctor, ");
    private static final List<String> STORIES = List.of(
            "my mother was told she has %s.", "My dad was diagnosed with %s last month.", "our 6 year old son has %s.",
            "I was just diagnosed with %s and I'm scared.", "my wife's doctor thinks she might have %s.",
            "My sister has %s.", "a friend of mine has %s and I want to help.", "my grandfather is living with %s.");
    private static final List<String> CLOSERS = List.of("", " Thanks", " Thank you so much!", " Any help appreciated.",
            " What should we do?", " thx", " Please help.");
    private static final String KEYS = "abcdefghijklmnopqrstuvwxyz";
    /** Stands for the focus while words are dropped, so the name itself is never dropped. */
    private static final String NAME = "\u0000";

    private final Random random = new Random(SEED);

    List<DevQuestion> generate(List<MedquadPair> pairs, int count) {
        List<MedquadPair> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, random);
        List<DevQuestion> out = new ArrayList<>();
        for (MedquadPair p : shuffled.subList(0, Math.min(count, shuffled.size()))) {
            out.add(rewrite(p));
        }
        return out;
    }

    private DevQuestion rewrite(MedquadPair pair) {
        String name = otherName(pair);
        boolean chatty = random.nextBoolean();
        String question = pair.question().replace("(are) ", "").replace(" ?", "?");
        question = dropWords(replaceFocus(question, pair.focus(), NAME));
        question = misspell(question.replace(NAME, chatty ? (random.nextBoolean() ? "it" : "this") : name));
        if (random.nextBoolean()) {
            question = question.toLowerCase(Locale.ROOT);
        }
        String variant = name.equals(pair.focus()) ? "focus" : "other name";
        if (chatty) {
            String story = String.format(pick(STORIES), name);
            question = pick(OPENERS) + story + " " + question + pick(CLOSERS);
            variant = "chatty, " + variant;
        }
        return new DevQuestion(question.strip(), PairKey.of(pair.question()), variant);
    }

    /** One of the focus's other names, for two in three questions that have one. */
    private String otherName(MedquadPair pair) {
        List<String> names = pair.synonyms().stream().filter(s -> s.length() >= 3 && !s.equalsIgnoreCase(pair.focus())).toList();
        return names.isEmpty() || random.nextInt(3) == 0 ? pair.focus() : names.get(random.nextInt(names.size()));
    }

    private static String replaceFocus(String question, String focus, String replacement) {
        Matcher m = Pattern.compile(Pattern.quote(focus), Pattern.CASE_INSENSITIVE).matcher(question);
        return m.find() ? m.replaceFirst(Matcher.quoteReplacement(replacement)) : question;
    }

    /** Each word but the name goes missing with a chance of one in eight, never more than two. */
    private String dropWords(String question) {
        String[] words = question.split(" ");
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        for (String w : words) {
            if (words.length > 4 && dropped < 2 && !w.contains(NAME) && random.nextInt(8) == 0) {
                dropped++;
            } else {
                kept.add(w);
            }
        }
        return String.join(" ", kept);
    }

    /** Up to two words of five letters or more get one typing error each: a swap, a miss, a double or a wrong key. */
    private String misspell(String question) {
        String[] words = question.split(" ");
        int errors = 0;
        for (int i = 0; i < words.length && errors < 2; i++) {
            if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter) && random.nextInt(6) == 0) {
                words[i] = typo(words[i]);
                errors++;
            }
        }
        return String.join(" ", words);
    }

    private String typo(String word) {
        int at = 1 + random.nextInt(word.length() - 2);
        StringBuilder w = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> {
                char c = w.charAt(at);
                w.setCharAt(at, w.charAt(at + 1));
                w.setCharAt(at + 1, c);
            }
            case 1 -> w.deleteCharAt(at);
            case 2 -> w.insert(at, w.charAt(at));
            default -> w.setCharAt(at, KEYS.charAt(random.nextInt(KEYS.length())));
        }
        return w.toString();
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
