package org.minyi.gateway;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limits per role ({@code minyi.rate-limits.roles.STATION.capacity}, {@code …per-second}), a
 * fallback for roles not listed, and the limit for callers without a token (per address).
 */
@ConfigurationProperties("minyi.rate-limits")
record RateLimitProperties(Map<String, Limit> roles, Limit fallback, Limit anonymous) {

    RateLimitProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        fallback = fallback == null ? new Limit(60, 5) : fallback;
        anonymous = anonymous == null ? new Limit(60, 10) : anonymous;
    }

    Limit forRole(String role) {
        return roles.getOrDefault(role, fallback);
    }

    /** A burst of {@code capacity} requests, then {@code perSecond} requests a second. */
    record Limit(int capacity, double perSecond) {

        Limit {
            if (capacity < 1 || perSecond <= 0) {
                throw new IllegalArgumentException("a rate limit needs capacity >= 1 and per-second > 0");
            }
        }
    }
}
