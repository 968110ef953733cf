package faqbot.http;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * A request Jetty cannot parse is the client's mistake, so it is answered 400, never 5xx. Jetty answers a request line
 * without a version it knows ({@code GET /} as in HTTP/0.9, {@code HTTP/9.9}, three words of garbage) with 505, which
 * the API's error shape calls "something went wrong on our side". Installed on every connector once Javalin has added
 * them and before they start, as {@link ConnectionIdleTimeout} is.
 */
final class MalformedRequests implements LifeCycle.Listener {

    private final Server server;

    MalformedRequests(Server server) {
        this.server = server;
    }

    @Override
    public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null && !(http instanceof ClientErrorConnections)) {
                    c.addConnectionFactory(new ClientErrorConnections(http)); // replaces it, as the same protocol
                }
            }
        }
    }

    /** 400 for a bad message Jetty would answer 5xx. */
    static BadMessageException asClientError(BadMessageException failure) {
        return failure.getCode() >= 500 ? new BadMessageException(400, failure.getReason(), failure) : failure;
    }

    /** Jetty's HTTP/1.1 connections, configured as the one it replaces, whose channels answer bad messages with 4xx. */
    private static final class ClientErrorConnections extends HttpConnectionFactory {

        ClientErrorConnections(HttpConnectionFactory original) {
            super(original.getHttpConfiguration());
            setInputBufferSize(original.getInputBufferSize());
            setRecordHttpComplianceViolations(original.isRecordHttpComplianceViolations());
            setUseInputDirectByteBuffers(original.isUseInputDirectByteBuffers());
            setUseOutputDirectByteBuffers(original.isUseOutputDirectByteBuffers());
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint,
                    isRecordHttpComplianceViolations()) {
                @Override
                protected HttpChannelOverHttp newHttpChannel() {
                    return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                        @Override
                        public void onBadMessage(BadMessageException failure) {
                            super.onBadMessage(asClientError(failure));
                        }
                    };
                }
            };
            connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
            connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
            return configure(connection, connector, endPoint);
        }
    }
}
