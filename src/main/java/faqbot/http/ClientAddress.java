package faqbot.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Who a request comes from: the socket's peer, or, when the peer is a trusted proxy, the last address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Entries a client wrote further left are never believed.
 */
final class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies proxies;

    ClientAddress(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!proxies.trusts(peer)) {
            return peer;
        }
        List<String> hops = hops(ctx);
        for (int i = hops.size() - 1; i >= 0; i--) {
            byte[] ip = TrustedProxies.IpLiterals.parse(hops.get(i));
            if (ip == null) {
                return peer; // a hop we cannot read: stop believing the header here
            }
            if (!proxies.trusts(hops.get(i))) {
                return canonical(ip, peer);
            }
        }
        return peer;
    }

    private static List<String> hops(Context ctx) {
        List<String> hops = new ArrayList<>();
        Enumeration<String> headers = ctx.req().getHeaders(FORWARDED_FOR);
        if (headers == null) {
            return hops;
        }
        for (String header : Collections.list(headers)) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    /** One spelling per address, so "010.0.0.1" and "10.0.0.1" share a bucket. */
    private static String canonical(byte[] ip, String fallback) {
        try {
            return InetAddress.getByAddress(ip).getHostAddress();
        } catch (UnknownHostException e) {
            return fallback;
        }
    }
}
