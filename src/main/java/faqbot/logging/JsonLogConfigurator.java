package faqbot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.Duration;
import java.io.BufferedOutputStream;
import java.util.Map;
import net.logstash.logback.appender.LoggingEventAsyncDisruptorAppender;
import net.logstash.logback.encoder.LogstashEncoder;

/**
 * faqbot's logging, set up in code: JSON lines on stderr, one object per event, with the request id (MDC
 * "requestId") on every line written while a request is handled. Found by Logback through META-INF/services; in
 * code rather than logback.xml because reading the XML cost a few hundred ms of start-up. A file named with
 * -Dlogback.configurationFile, or a logback-test.xml on the class path (the tests'), still wins. Privacy: faqbot
 * never passes a visitor's message, conversation token or answer to a logger; see "Operating faqbot" in the README.
 */
public final class JsonLogConfigurator extends ContextAwareBase implements Configurator {

    /** Logback's own way to name a configuration file; when given, that file is used instead of this setup. */
    static final String CONFIGURATION_FILE = "logback.configurationFile";
    /** Environment variable for the level (default INFO). */
    static final String LEVEL_ENV = "FAQBOT_LOG_LEVEL";
    /** Events waiting for stderr; beyond this they are dropped, so request threads never block on logging. */
    static final int QUEUE = 8192;
    /**
     * The writer looks for new events this often rather than being woken for each one: waking it cost each request
     * a signal and a thread switch (about a sixth of a chat request's server time, with the line's own work). Lines
     * reach stderr within this much time, written a batch at a time.
     */
    static final String WRITER_POLL = "sleeping{0,10000000}";
    /** Whole lines are gathered up to this size and written to stderr in one call at the end of each batch. */
    static final int WRITE_BUFFER = 64 * 1024;
    /**
     * Libraries that are chatty at INFO: Jetty, Javalin, and the training progress of the models built at reindex; and
     * the embedding model's tokenizer library, which tells where it found its native library and warns that it found no
     * GPU (it runs on the CPU by design).
     */
    private static final Map<String, Level> QUIETER = Map.of("org.eclipse.jetty", Level.WARN, "io.javalin", Level.WARN,
            "opennlp", Level.WARN, "ai.djl", Level.WARN, "ai.djl.util.cuda", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(CONFIGURATION_FILE) != null || getClass().getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureJsonLines(context);
        ShutdownSteps.stopLoggingLast(context); // after the server's own stop, which logs
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** JSON lines on stderr through a bounded queue; levels from the environment. */
    static void configureJsonLines(LoggerContext context) {
        LoggingEventAsyncDisruptorAppender async = async(context, stderr(context));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv(LEVEL_ENV), Level.INFO));
        root.addAppender(async);
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    /**
     * stderr as it is when logging is set up, buffered: a line is never split between writes (the buffer writes out
     * before a line that does not fit), and the async appender flushes at the end of each batch.
     */
    private static OutputStreamAppender<ILoggingEvent> stderr(LoggerContext context) {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.addIncludeMdcKeyName("requestId");
        encoder.getFieldNames().setTimestamp("time");
        encoder.getFieldNames().setVersion("[ignore]");
        encoder.getFieldNames().setLevelValue("[ignore]");
        encoder.getFieldNames().setThread("[ignore]");
        encoder.getFieldNames().setLogger("logger");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> stderr = new OutputStreamAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setEncoder(encoder);
        stderr.setImmediateFlush(false);
        stderr.setOutputStream(new BufferedOutputStream(System.err, WRITE_BUFFER));
        stderr.start();
        return stderr;
    }

    /** Logstash's ring-buffer appender (LMAX Disruptor): a request thread only copies its event in, or drops it when full. */
    private static LoggingEventAsyncDisruptorAppender async(LoggerContext context, OutputStreamAppender<ILoggingEvent> stderr) {
        LoggingEventAsyncDisruptorAppender async = new LoggingEventAsyncDisruptorAppender();
        async.setContext(context);
        async.setName("ASYNC");
        async.setRingBufferSize(QUEUE);
        async.setAppendTimeout(Duration.buildByMilliseconds(0));
        async.setWaitStrategyType(WRITER_POLL);
        async.addAppender(stderr);
        async.start();
        return async;
    }
}
