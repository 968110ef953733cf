package faqbot.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Messages an attacker would send to make one turn expensive, by kind, each kind in a few variants (so no cache
 * answers them all): the longest word the chat API accepts, the most words, one word repeated, every script, long
 * digit runs. Every message is at most {@link #MAX_CHARS} characters, the chat API's limit.
 */
public final class AdversarialMessages {

    public static final int MAX_CHARS = 2000;
    private static final int VARIANTS = 8;

    private AdversarialMessages() {}

    /** Kind → its variants, in a fixed order; the same on every run (seeded). */
    public static Map<String, List<String>> byKind() {
        Random random = new Random(15);
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("ordinary question", List.of("what is kyphoplasty?", "kyphoplasti risks", "how long is recovery after vertebroplasty"));
        kinds.put("2,000-letter word", variants(() -> letters(random, MAX_CHARS, 'a', 26)));
        kinds.put("near-miss long word", variants(() -> "kyphoplasty".repeat(MAX_CHARS / 11) + letters(random, MAX_CHARS % 11, 'a', 26)));
        kinds.put("1,000 one-letter words", variants(() -> words(random, 1000, 1)));
        kinds.put("400 distinct 4-letter words", variants(() -> words(random, 400, 4)));
        kinds.put("one word x500", variants(() -> (letters(random, 3, 'a', 26) + " ").repeat(500).strip()));
        kinds.put("typo x160", variants(() -> ("kyphoplatsy" + letters(random, 1, 'a', 26) + " ").repeat(MAX_CHARS / 13).strip()));
        kinds.put("red-flag words apart", variants(() -> ("cant ".repeat(130) + "a ".repeat(9) + "feel ".repeat(130) + "a ".repeat(9)
                + "legs ".repeat(130)).strip()));
        kinds.put("CJK", variants(() -> letters(random, MAX_CHARS, 0x4E00, 0x5000)));
        kinds.put("Arabic", variants(() -> letters(random, MAX_CHARS, 0x0621, 0x2A)));
        kinds.put("emoji", variants(() -> letters(random, MAX_CHARS / 2, 0x1F600, 0x50)));
        kinds.put("combining marks", variants(() -> "a" + letters(random, MAX_CHARS - 1, 0x0300, 0x70)));
        kinds.put("zero-width joined", variants(() -> joined(letters(random, MAX_CHARS / 2, 'a', 26), '\u200B')));
        kinds.put("digit run", variants(() -> letters(random, MAX_CHARS, '0', 10)));
        kinds.put("digits and letters", variants(() -> joined(letters(random, MAX_CHARS / 2, 'a', 26), '7')));
        return kinds;
    }

    /** Every message of every kind (a source for parameterised tests). */
    public static List<String> all() {
        return byKind().values().stream().flatMap(List::stream).toList();
    }

    private static List<String> variants(java.util.function.Supplier<String> message) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < VARIANTS; i++) {
            String text = message.get();
            out.add(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        }
        return out;
    }

    /** Code points drawn from [first, first + range), as one run. */
    private static String letters(Random random, int count, int first, int range) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.appendCodePoint(first + random.nextInt(range));
        }
        return out.toString();
    }

    private static String words(Random random, int count, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(letters(random, length, 'a', 26)).append(' ');
        }
        return out.toString().strip();
    }

    /** Each character of text followed by the separator. */
    private static String joined(String text, char separator) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append((char) c).append(separator));
        return out.toString();
    }
}
