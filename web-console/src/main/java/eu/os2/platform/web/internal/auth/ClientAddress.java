package eu.os2.platform.web.internal.auth;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The address of the client behind a request. The direct peer is the client, unless it is one of
 * the configured trusted reverse proxies: then the client is the right-most address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. A header sent by anyone else is
 * ignored, so a client cannot choose its address by sending one.
 */
public final class ClientAddress {

    private record Range(BigInteger network, int bits, int length) {
        boolean contains(byte[] address) {
            if (address.length != length) {
                return false;
            }
            int hostBits = length * 8 - bits;
            return new BigInteger(1, address).shiftRight(hostBits).equals(network.shiftRight(hostBits));
        }
    }

    private final List<Range> trusted;

    /**
     * @param trustedProxies addresses or CIDR ranges (also comma-separated), e.g. {@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}
     * @throws IllegalArgumentException for an entry that is not an IP address or range
     */
    public ClientAddress(String... trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        // a .cfg file gives the list as one comma-separated value
        for (String entry : String.join(",", trustedProxies).split(",")) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("/", 2);
            byte[] address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("not an IP address: " + entry);
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("not a range: " + entry);
            }
            ranges.add(new Range(new BigInteger(1, address), bits, address.length));
        }
        this.trusted = List.copyOf(ranges);
    }

    /**
     * @param peer the direct peer's address
     * @param forwardedFor the {@code X-Forwarded-For} header, or {@code null}
     * @return the client's address
     */
    public String of(String peer, String forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                // a hop that is no address (a proxy's obfuscated name): stop at the last known one
                return i == hops.length - 1 ? peer : hops[i + 1].strip();
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    /** @return the address's bytes if the text is an IPv4 or IPv6 literal (never a name lookup), else null */
    private static byte[] literal(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean ipv4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
