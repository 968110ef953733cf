package faqbot.testing;

import io.javalin.Javalin;
import io.javalin.util.JavalinException;
import java.util.concurrent.TimeoutException;

/** Stopping a server a test started, after the test's own assertions. */
public final class Servers {

    private Servers() {}

    /**
     * Stops the server. Jetty stops it whole even when its graceful drain runs out (it then throws): a keep-alive
     * connection of the test's own HTTP client can outlast the drain on a busy machine, which says nothing about what
     * the test checked. Graceful shutdown itself is tested where it is the point (cli/ServeStopTest, OverloadTest).
     */
    public static void stop(Javalin app) {
        try {
            app.stop();
        } catch (JavalinException e) {
            if (!(e.getCause() instanceof TimeoutException)) {
                throw e;
            }
            System.err.println("test server stopped after its drain timeout: " + e.getCause());
        }
    }
}
