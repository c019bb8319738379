package org.minyi.gateway;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressesTest {

    private static final ClientAddresses BEHIND_THE_INGRESS = new ClientAddresses(
            List.of("10.0.0.0/8", "192.168.1.1", "fd00::/8"), ClientAddresses.Header.X_FORWARDED_FOR);

    @Test
    void withoutTrustedProxiesEveryCallerIsItsPeerWhateverItClaims() {
        ClientAddresses nobodyTrusted = new ClientAddresses(List.of(), ClientAddresses.Header.X_FORWARDED_FOR);

        assertThat(nobodyTrusted.of(peer("127.0.0.1"), xForwardedFor("203.0.113.9"))).isEqualTo("127.0.0.1");
        assertThat(nobodyTrusted.of(peer("10.1.2.3"), forwarded("for=203.0.113.9"))).isEqualTo("10.1.2.3");
    }

    @Test
    void aPeerThatIsNotATrustedProxyIsTheClientEvenWithAHeader() {
        assertThat(BEHIND_THE_INGRESS.of(peer("198.51.100.7"), xForwardedFor("203.0.113.9, 10.0.0.5")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressTheProxySaw() {
        assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), xForwardedFor("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void whatACallerWritesIntoTheHeaderItselfIsNeverReached() {
        assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), xForwardedFor("1.1.1.1, 192.168.1.1, 203.0.113.9")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRightAcrossHeaderLines() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", "6.6.6.6, 203.0.113.9");
        headers.add("X-Forwarded-For", "192.168.1.1, 10.1.2.3");

        assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), headers)).isEqualTo("203.0.113.9");
    }

    @Test
    void whenEveryHopIsATrustedProxyTheFarthestIsTheClient() {
        assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), xForwardedFor("10.9.9.9, 192.168.1.1")))
                .isEqualTo("10.9.9.9");
    }

    @Test
    void aTrustedProxyThatSendsNoHeaderIsItselfTheClient() {
        assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), new HttpHeaders())).isEqualTo("10.0.0.5");
    }

    @Test
    void portsAreIgnoredAndEveryWayOfWritingAnAddressGivesOneKey() {
        assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), xForwardedFor("203.0.113.9:5123"))).isEqualTo("203.0.113.9");
        assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), xForwardedFor("2001:DB8:0::1")))
                .isEqualTo(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), xForwardedFor("[2001:db8::1]:4711")))
                .isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), xForwardedFor("::ffff:203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void ipv6ProxiesAndClientsAreMatchedByTheirRanges() {
        assertThat(BEHIND_THE_INGRESS.of(peer("fd00::5"), xForwardedFor("2001:db8::7, fd12::1")))
                .isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(BEHIND_THE_INGRESS.of(peer("2001:db8::99"), xForwardedFor("2001:db8::7")))
                .isEqualTo("2001:db8:0:0:0:0:0:99");
    }

    @Test
    void anEntryThatIsNotAnAddressEndsTheWalkAtTheProxyThatWroteIt() {
        for (String bad : new String[] {"unknown", "evil.example", "999.1.1.1", "1.2.3", "", "[2001:db8::1", "[::1]x",
                "203.0.113.9 203.0.113.10", "_hidden"}) {
            assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), xForwardedFor("203.0.113.9, " + bad)))
                    .as(bad).isEqualTo("10.0.0.5");
        }
        assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), xForwardedFor("203.0.113.9, bad, 192.168.1.1")))
                .isEqualTo("192.168.1.1");
    }

    @Test
    void aPeerWithoutAnAddressIsUnknown() {
        assertThat(BEHIND_THE_INGRESS.of(null, xForwardedFor("203.0.113.9"))).isEqualTo("unknown");
        assertThat(BEHIND_THE_INGRESS.of(InetSocketAddress.createUnresolved("proxy", 80), xForwardedFor("203.0.113.9")))
                .isEqualTo("unknown");
    }

    @Test
    void trustedProxiesMustBeAddressesOrRanges() {
        for (String bad : new String[] {"ingress-nginx", "10.0.0.0/33", "10.0.0.0/x", "999.0.0.1", "localhost"}) {
            assertThatIllegalArgumentException().as(bad)
                    .isThrownBy(() -> new ClientAddresses(List.of(bad), ClientAddresses.Header.X_FORWARDED_FOR));
        }
    }

    @Nested
    class WithRfc7239Forwarded {

        private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"),
                ClientAddresses.Header.FORWARDED);

        @Test
        void theForOfEachElementIsWalkedFromTheRight() {
            HttpHeaders headers = forwarded(
                    "for=1.1.1.1, for=\"[2001:db8:cafe::17]:4711\";proto=https, for=10.1.2.3;by=10.0.0.5");

            assertThat(addresses.of(peer("10.0.0.5"), headers)).isEqualTo("2001:db8:cafe:0:0:0:0:17");
        }

        @Test
        void quotedValuesMayHoldCommasAndParametersAnyCase() {
            assertThat(addresses.of(peer("10.0.0.5"), forwarded("For=\"203.0.113.9:80\";host=\"a.example, b\"")))
                    .isEqualTo("203.0.113.9");
        }

        @Test
        void anElementWithoutAnAddressEndsTheWalk() {
            assertThat(addresses.of(peer("10.0.0.5"), forwarded("for=203.0.113.9, for=unknown")))
                    .isEqualTo("10.0.0.5");
            assertThat(addresses.of(peer("10.0.0.5"), forwarded("for=203.0.113.9, proto=https")))
                    .isEqualTo("10.0.0.5");
            assertThat(addresses.of(peer("10.0.0.5"), forwarded("for=203.0.113.9, for=\"_hidden\"")))
                    .isEqualTo("10.0.0.5");
        }

        @Test
        void theOtherHeaderIsNeverRead() {
            assertThat(addresses.of(peer("10.0.0.5"), xForwardedFor("203.0.113.9"))).isEqualTo("10.0.0.5");
            assertThat(BEHIND_THE_INGRESS.of(peer("10.0.0.5"), forwarded("for=203.0.113.9"))).isEqualTo("10.0.0.5");
        }
    }

    private static InetSocketAddress peer(String address) {
        return new InetSocketAddress(address, 43210);
    }

    private static HttpHeaders xForwardedFor(String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", value);
        return headers;
    }

    private static HttpHeaders forwarded(String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("Forwarded", value);
        return headers;
    }
}
