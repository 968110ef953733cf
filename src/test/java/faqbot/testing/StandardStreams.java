package faqbot.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A command's stdout and stderr captured (and its stdin given) while a test runs it in-process; closing puts them back. */
public final class StandardStreams implements AutoCloseable {

    private final PrintStream savedOut = System.out;
    private final PrintStream savedErr = System.err;
    private final InputStream savedIn = System.in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private StandardStreams() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    public static StandardStreams capture() {
        return new StandardStreams();
    }

    /** What the command reads from stdin. */
    public void input(String text) {
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.setIn(savedIn);
    }
}
