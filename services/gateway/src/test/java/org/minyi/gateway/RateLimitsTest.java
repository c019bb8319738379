package org.minyi.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

    private static final ClientAddresses PEERS = new ClientAddresses(List.of(), ClientAddresses.Header.X_FORWARDED_FOR);

    private long now = 1_000_000_000L;

    @Test
    void aCallerOverItsLimitIsToldWhenToComeBackAndServedOnceATokenIsBack() {
        RateLimits limits = limits(new RateLimitProperties.Limit(2, 1), 100);

        assertThat(call(limits, "203.0.113.1").getResponse().getStatusCode()).isNull();
        assertThat(call(limits, "203.0.113.1").getResponse().getStatusCode()).isNull();
        MockServerWebExchange refused = call(limits, "203.0.113.1");

        assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(call(limits, "203.0.113.2").getResponse().getStatusCode()).isNull();

        now += Duration.ofSeconds(1).toNanos();
        assertThat(call(limits, "203.0.113.1").getResponse().getStatusCode()).isNull();
    }

    @Test
    void moreDistinctCallersThanTheMaximumLeaveTheNumberOfBucketsBounded() {
        RateLimits limits = limits(new RateLimitProperties.Limit(5, 1), 100);

        for (int i = 0; i < 1_000; i++) {
            call(limits, "198.51." + (i / 256) + "." + (i % 256));
        }

        assertThat(limits.tracked()).isBetween(1L, 100L);
    }

    @Test
    void idleBucketsAreForgottenAfterTenMinutes() {
        RateLimits limits = limits(new RateLimitProperties.Limit(5, 1), 100);
        call(limits, "203.0.113.1");
        call(limits, "203.0.113.2");

        now += Duration.ofMinutes(9).toNanos();
        call(limits, "203.0.113.2");
        now += Duration.ofMinutes(2).toNanos();

        assertThat(limits.tracked()).isEqualTo(1);
    }

    @Test
    void aBucketThatWouldNotYetBeFullIsNotForgotten() {
        // 1 request, then one every 1,000 s: empty, the bucket needs almost 17 minutes to refill
        RateLimits limits = limits(new RateLimitProperties.Limit(1, 0.001), 100);
        call(limits, "203.0.113.1");

        now += Duration.ofMinutes(11).toNanos();

        assertThat(call(limits, "203.0.113.1").getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private RateLimits limits(RateLimitProperties.Limit anonymous, int maxTracked) {
        RateLimitProperties properties = new RateLimitProperties(Map.of(), null, anonymous, maxTracked);
        return new RateLimits(properties, PEERS, () -> now);
    }

    /** One request without a token from {@code address}; a status stays unset when it was passed on. */
    private static MockServerWebExchange call(RateLimits limits, String address) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/oauth2/token").remoteAddress(new InetSocketAddress(address, 40000)));
        limits.filter(exchange, passed -> Mono.empty()).block();
        return exchange;
    }
}
