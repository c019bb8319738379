package org.minyi.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limits per role ({@code minyi.rate-limits.roles.STATION.capacity}, {@code …per-second}), a
 * fallback for roles not listed, the limit for callers without a token (per client address), and how
 * many buckets a replica keeps at most ({@code max-tracked}; the least used go first).
 */
@ConfigurationProperties("minyi.rate-limits")
record RateLimitProperties(Map<String, Limit> roles, Limit fallback, Limit anonymous, Integer maxTracked) {

    RateLimitProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        fallback = fallback == null ? new Limit(60, 5) : fallback;
        anonymous = anonymous == null ? new Limit(60, 10) : anonymous;
        maxTracked = maxTracked == null ? 100_000 : maxTracked;
        if (maxTracked < 1) {
            throw new IllegalArgumentException("minyi.rate-limits.max-tracked must be at least 1");
        }
    }

    Limit forRole(String role) {
        return roles.getOrDefault(role, fallback);
    }

    /** The longest time any bucket takes to fill up from empty. */
    Duration longestRefill() {
        return Stream.concat(roles.values().stream(), Stream.of(fallback, anonymous))
                .map(Limit::refill).max(Duration::compareTo).orElseThrow();
    }

    /** A burst of {@code capacity} requests, then {@code perSecond} requests a second. */
    record Limit(int capacity, double perSecond) {

        Limit {
            if (capacity < 1 || perSecond <= 0) {
                throw new IllegalArgumentException("a rate limit needs capacity >= 1 and per-second > 0");
            }
        }

        Duration refill() {
            return Duration.ofMillis((long) Math.ceil(capacity / perSecond * 1000));
        }
    }
}
