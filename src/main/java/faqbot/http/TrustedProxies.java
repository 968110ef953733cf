package faqbot.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reverse proxies whose {@code X-Forwarded-For} header is believed: single addresses or CIDR ranges,
 * IPv4 or IPv6, such as {@code 127.0.0.1,10.0.0.0/8,::1}. A header from anyone else is ignored, so a
 * visitor cannot pick a new identity (and a fresh rate limit) by forging it.
 */
public final class TrustedProxies {

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * Parses a comma-separated list of addresses and CIDR ranges (IP literals only; no host names are looked up).
     *
     * @throws IllegalArgumentException naming the entry that is not an address or range
     */
    public static TrustedProxies parse(String commaSeparated) {
        List<Range> ranges = new ArrayList<>();
        if (commaSeparated != null) {
            Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(entry -> ranges.add(Range.parse(entry)));
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether the address (an IP literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        if (ranges.isEmpty()) {
            return false;
        }
        byte[] ip = IpLiterals.parse(address);
        return ip != null && ranges.stream().anyMatch(r -> r.contains(ip));
    }

    @Override
    public String toString() {
        return ranges.toString();
    }

    private record Range(byte[] network, int prefix, String text) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = IpLiterals.parse(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + entry);
            }
            int bits = network.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("bad prefix length in " + entry);
                }
            }
            return new Range(network, prefix, entry);
        }

        boolean contains(byte[] ip) {
            if (ip.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (ip[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (ip[full] & mask) == (network[full] & mask);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** IP literals to bytes without ever asking DNS. */
    static final class IpLiterals {

        private IpLiterals() {}

        /** The address's bytes, or null when the text is not an IPv4 or IPv6 literal. */
        static byte[] parse(String text) {
            if (text == null) {
                return null;
            }
            String s = text.strip();
            if (s.startsWith("[") && s.endsWith("]")) {
                s = s.substring(1, s.length() - 1);
            }
            return s.indexOf(':') >= 0 ? ipv6(s) : ipv4(s);
        }

        private static byte[] ipv4(String s) {
            String[] parts = s.split("\\.", -1);
            if (parts.length != 4) {
                return null;
            }
            byte[] out = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (!parts[i].matches("[0-9]{1,3}")) {
                    return null;
                }
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    return null;
                }
                out[i] = (byte) octet;
            }
            return out;
        }

        private static byte[] ipv6(String s) {
            if (!s.matches("[0-9A-Fa-f:.]{2,45}")) {
                return null;
            }
            try {
                // Bracketed, the JDK treats the text as a literal only and never asks DNS.
                byte[] bytes = InetAddress.getByName("[" + s + "]").getAddress();
                return bytes;
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
