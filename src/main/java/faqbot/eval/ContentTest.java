package faqbot.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * One conversation of a content test file: turns sent in order on one conversation, each with what is expected.
 *
 * @param line where it is written in its file
 */
record ContentTest(Path file, int line, String name, List<Turn> turns) {

    ContentTest {
        turns = List.copyOf(turns);
    }

    record Turn(String message, Expectation expect) {}
}
