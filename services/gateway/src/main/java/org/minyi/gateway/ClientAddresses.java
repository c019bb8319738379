package org.minyi.gateway;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a caller without a token is limited by. It is the TCP peer, unless the peer is a trusted
 * proxy: then the proxies' header is walked from the right past every trusted proxy, and the first
 * address that is not one is the client's. Whatever a caller writes into the header itself lies to the
 * left of the address its proxy appended, so it is never reached. An entry that is not an IP address
 * (a name, {@code unknown}, an obfuscated RFC 7239 identifier, garbage) ends the walk at the trusted
 * proxy that wrote it. Names are never looked up.
 */
final class ClientAddresses {

    /** The header the trusted proxies write; the other one is ignored. */
    enum Header {
        X_FORWARDED_FOR, FORWARDED
    }

    private final List<IpSubnetFilterRule> trustedProxies;
    private final Header header;

    ClientAddresses(List<String> trustedProxies, Header header) {
        this.trustedProxies = trustedProxies.stream().map(ClientAddresses::range).toList();
        this.header = header;
    }

    String of(ServerHttpRequest request) {
        return of(request.getRemoteAddress(), request.getHeaders());
    }

    String of(InetSocketAddress peer, HttpHeaders headers) {
        if (peer == null || peer.getAddress() == null) {
            return "unknown";
        }
        InetAddress client = withoutScope(peer.getAddress());
        if (!trusted(client)) {
            return client.getHostAddress();
        }
        List<String> hops = header == Header.FORWARDED ? forwardedFor(headers) : xForwardedFor(headers);
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = address(hops.get(i));
            if (hop == null) {
                break;
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trustedProxies.stream().anyMatch(range -> range.matches(socket));
    }

    /** {@code 10.0.0.0/8}, {@code fd00::/8}, or one address. Netty's matcher; Spring Security's is servlet-bound. */
    private static IpSubnetFilterRule range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        String prefix = slash < 0 ? null : entry.substring(slash + 1);
        if (!NetUtil.isValidIpV4Address(address) && !NetUtil.isValidIpV6Address(address)
                || prefix != null && !prefix.matches("\\d{1,3}")) {
            throw notARange(entry);
        }
        InetAddress network = byAddress(NetUtil.createByteArrayFromIpAddressString(address));
        int bits = prefix == null ? network.getAddress().length * 8 : Integer.parseInt(prefix);
        try {
            return new IpSubnetFilterRule(network, bits, IpFilterRuleType.ACCEPT);
        } catch (IllegalArgumentException e) {
            throw notARange(entry);
        }
    }

    private static IllegalArgumentException notARange(String entry) {
        return new IllegalArgumentException(
                "minyi.edge.trusted-proxies: '" + entry + "' is neither an IP address nor a CIDR range");
    }

    /** Every X-Forwarded-For line, in order, split at commas. */
    private static List<String> xForwardedFor(HttpHeaders headers) {
        List<String> hops = new ArrayList<>();
        for (String line : headers.getOrEmpty("X-Forwarded-For")) {
            for (String hop : line.split(",", -1)) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }

    /** The {@code for} of every RFC 7239 element, in order; an element without one counts as unknown. */
    private static List<String> forwardedFor(HttpHeaders headers) {
        List<String> hops = new ArrayList<>();
        for (String line : headers.getOrEmpty("Forwarded")) {
            for (String element : split(line, ',')) {
                String node = "";
                for (String pair : split(element, ';')) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && pair.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("for")) {
                        node = unquoted(pair.substring(equals + 1).strip());
                    }
                }
                hops.add(node);
            }
        }
        return hops;
    }

    /** Splits at {@code separator} outside quoted strings. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }

    /**
     * An IP literal, with or without a port ({@code 192.0.2.1:4711}, {@code [2001:db8::1]:4711}); null
     * for anything else.
     */
    private static InetAddress address(String hop) {
        String text = hop.strip();
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end < 0 || (end + 1 < text.length() && text.charAt(end + 1) != ':')) {
                return null;
            }
            text = text.substring(1, end);
        } else if (text.indexOf(':') > 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            text = text.substring(0, text.indexOf(':'));
        }
        if (!NetUtil.isValidIpV4Address(text) && !NetUtil.isValidIpV6Address(text)) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(text);
        return bytes == null ? null : byAddress(bytes);
    }

    /** The same address without an IPv6 scope; an IPv4-mapped IPv6 address becomes the IPv4 one. */
    private static InetAddress withoutScope(InetAddress address) {
        return byAddress(address.getAddress());
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of " + bytes.length + " bytes", e);
        }
    }
}
