package faqbot.http;

import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Gives every connector the request timeout as its idle timeout, once Javalin has added its connectors and before
 * they start. Jetty sets the request timeout on a connection for each request and puts the connector's back after
 * it; while the two differ, each request re-arms the connection's idle timer on Jetty's scheduler (about 4% of a
 * chat request's server time under load). The same value makes that a no-op. An idle keep-alive connection is
 * therefore closed after the request timeout too, rather than after Jetty's 30 s.
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
