package faqbot.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether serve could listen where it is told to, found out before it spends time building an index. */
final class ListenAddress {

    private ListenAddress() {}

    /** True if a socket can be bound to the host and port now (port 0, any free port, always can). */
    static boolean isFree(String host, int port) {
        if (port == 0) {
            return true;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Jetty does, so a port in TIME_WAIT is not called taken
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (BindException taken) {
            return false;
        } catch (IOException other) {
            return true; // e.g. an unknown host: Jetty says what is wrong with it
        }
    }
}
