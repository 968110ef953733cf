package faqbot.http;

import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Gives every connector the request timeout as its idle timeout, once Javalin has added its connectors and before
 * they start, so an IO stall of that long ends a request and an idle keep-alive connection is closed after it too
 * (rather than after Jetty's 30 s). The HTTP configuration sets no idle timeout of its own: Jetty would set that one
 * on the connection for each request and put the connector's back after it, which re-arms the idle timer on every
 * request (about 4% of a chat request's server time under load) and, for a request that ends after a stop began,
 * puts back the full timeout over the 1 s Jetty gives connections while stopping, so the stop could wait out its whole
 * drain timeout and fail (HotSwapLoadTest, once in about fifteen suite runs; Jetty 11's HttpChannel.onCompleted).
 */
final class ConnectionIdleTimeout implements LifeCycle.Listener {

    private final Server server;
    private final long millis;

    ConnectionIdleTimeout(Server server, Duration timeout) {
        this.server = server;
        this.millis = timeout.toMillis();
    }

    @Override
    public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setIdleTimeout(millis);
            }
        }
    }
}
