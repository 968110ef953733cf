package faqbot.search;

import java.util.List;

/**
 * Something the content is about (a condition, a procedure, a test), as the content itself names it: from a
 * document's title, an FAQ entry's focus and its other names, or a heading that defines it ("What is X?").
 *
 * @param id a stable name for it (the slug of its first name, or the name a content team gave it in entities.txt):
 *     what a conversation token carries
 * @param name the name to show a visitor ("Which one do you mean? Osteoporosis / Whiplash")
 * @param names every name it goes by, {@code name} first
 */
public record Subject(String id, String name, List<String> names) {

    public Subject {
        names = List.copyOf(names);
    }
}
