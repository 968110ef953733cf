package faqbot.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * Everything logged while it is open, at the levels of the shipped logback.xml (INFO; Jetty and Javalin WARN) whatever
 * the test configuration says, as the JSON lines faqbot writes (with every MDC key and stack trace), plus whatever
 * anything prints to stdout or stderr directly.
 */
final class CapturedLogs implements AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final Map<String, Level> levels = new LinkedHashMap<>();

    private CapturedLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        root().addAppender(appender);
        setLevel(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.INFO);
        setLevel("org.eclipse.jetty", Level.WARN);
        setLevel("io.javalin", Level.WARN);
        System.setOut(new PrintStream(new Tee(out, bytes), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, bytes), true, StandardCharsets.UTF_8));
    }

    static CapturedLogs start() {
        return new CapturedLogs();
    }

    String text() {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        root().detachAppender(appender);
        levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        appender.stop();
    }

    private void setLevel(String name, Level level) {
        Logger logger = (Logger) LoggerFactory.getLogger(name);
        levels.put(name, logger.getLevel());
        logger.setLevel(level);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final ByteArrayOutputStream second;

        Tee(java.io.OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            synchronized (second) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            synchronized (second) {
                second.write(b, off, len);
            }
        }
    }
}
