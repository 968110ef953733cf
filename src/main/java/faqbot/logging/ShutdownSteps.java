package faqbot.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.hook.DefaultShutdownHook;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What runs when the JVM is asked to stop (SIGTERM, docker stop), one after the other in one shutdown hook: the
 * program's own steps first (the server's drain, which logs its shutdown event and its last access lines), then
 * logging, flushed and stopped. The JVM runs separate shutdown hooks at the same time, and logging stopped by a hook
 * of its own dropped the lines the drain wrote meanwhile (seen 2026-12-02: no shutdown event after SIGTERM).
 */
public final class ShutdownSteps {

    private static final List<Runnable> STEPS = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    private static volatile LoggerContext logging;

    private ShutdownSteps() {}

    /** Runs {@code step} at shutdown, after the steps added before it and before logging stops. */
    public static void add(Runnable step) {
        STEPS.add(step);
        hook();
    }

    /** Stops {@code context} at shutdown, after every step. */
    static void stopLoggingLast(LoggerContext context) {
        logging = context;
        hook();
    }

    private static void hook() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownSteps::run, "faqbot-shutdown"));
        }
    }

    static void run() {
        for (Runnable step : STEPS) {
            try {
                step.run();
            } catch (RuntimeException e) { // the next steps and the log flush still run
                System.err.println("faqbot: a shutdown step failed: " + e);
            }
        }
        LoggerContext context = logging;
        if (context != null) {
            DefaultShutdownHook stop = new DefaultShutdownHook();
            stop.setContext(context);
            stop.run();
        }
    }
}
