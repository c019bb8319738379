package org.minyi.gateway;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may tell the gateway a caller's address. {@code minyi.edge.trusted-proxies}: addresses and CIDR
 * ranges of the proxies in front of it (none by default: the TCP peer is the caller, whatever it
 * writes in a header). {@code minyi.edge.client-address-header}: the one header those proxies write,
 * {@code x-forwarded-for} (default) or {@code forwarded} (RFC 7239); the other is never read.
 */
@ConfigurationProperties("minyi.edge")
record EdgeProperties(List<String> trustedProxies, ClientAddresses.Header clientAddressHeader) {

    EdgeProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
        clientAddressHeader = clientAddressHeader == null ? ClientAddresses.Header.X_FORWARDED_FOR : clientAddressHeader;
    }
}
