package org.minyi.gateway;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway behind a trusted proxy at 127.0.0.1 (an Ingress, say), as on Kubernetes; callers without a
 * token may take three requests, then one every five seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "minyi.edge.trusted-proxies=127.0.0.1",
        "minyi.rate-limits.anonymous.capacity=3", "minyi.rate-limits.anonymous.per-second=0.2",
        "spring.main.cloud-platform=kubernetes"})
class BehindAProxyIT {

    private static final String PROXY = "127.0.0.1";
    private static StandInServices services;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        services = StandInServices.startFor(registry);
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void twoCallersBehindTheProxyHaveABucketEach() throws Exception {
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            first.add(tokenRequest(PROXY, "X-Forwarded-For: 203.0.113.10"));
        }
        assertThat(first).containsExactly(200, 200, 200, 429);

        assertThat(tokenRequest(PROXY, "X-Forwarded-For: 203.0.113.20")).isEqualTo(200);
        // the first caller writes another address in front of its own, which the proxy appends
        assertThat(tokenRequest(PROXY, "X-Forwarded-For: 198.51.100.77, 203.0.113.10")).isEqualTo(429);
    }

    @Test
    void aCallerBesideTheProxyIsLimitedByItsOwnAddressWhateverItClaims() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            statuses.add(tokenRequest("127.0.0.2", "X-Forwarded-For: 198.51.100." + i));
        }
        assertThat(statuses.subList(0, 3)).containsOnly(200);
        assertThat(statuses.get(4)).isEqualTo(429);
    }

    @Test
    void theServicesAreToldNoForwardedAddress() throws Exception {
        LoopbackCaller.Answer answer = LoopbackCaller.get(PROXY, port, "/oauth2/token",
                "X-Forwarded-For: 203.0.113.30", "Forwarded: for=203.0.113.30");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("auth GET /oauth2/token")
                .contains("x-forwarded-for=null").contains("forwarded=null");
    }

    private int tokenRequest(String from, String header) throws Exception {
        return LoopbackCaller.get(from, port, "/oauth2/token", header).status();
    }
}
