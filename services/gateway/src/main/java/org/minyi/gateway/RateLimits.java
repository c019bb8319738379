package org.minyi.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Token buckets per principal (a verified token's subject), sized per role; callers without a token
 * are limited per address. A caller over its limit gets 429 with {@code Retry-After}. Limits are held
 * per gateway replica.
 */
final class RateLimits implements GlobalFilter, Ordered {

    private final RateLimitProperties properties;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplierClock clock;

    RateLimits(RateLimitProperties properties, LongSupplierClock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> new Caller("principal:" + token.getName(), properties.forRole(role(token))))
                .defaultIfEmpty(new Caller("address:" + address(exchange), properties.anonymous()))
                .flatMap(caller -> {
                    long now = clock.nanos();
                    Bucket bucket = buckets.computeIfAbsent(caller.key(), key -> new Bucket(caller.limit(), now));
                    long waitNanos = bucket.take(now);
                    if (waitNanos == 0) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    return EdgeSecurity.problem(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS,
                            "请求过于频繁，请稍后重试 Too many requests", "the rate limit of this caller is exhausted");
                });
    }

    /** Forgets buckets that have been full for a while, so the map stays small. */
    void forgetIdle() {
        long now = clock.nanos();
        buckets.entrySet().removeIf(entry -> entry.getValue().idleSince(now) > Duration.ofMinutes(10).toNanos());
    }

    int tracked() {
        return buckets.size();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private static String role(JwtAuthenticationToken token) {
        for (GrantedAuthority authority : token.getAuthorities()) {
            if (authority.getAuthority().startsWith("ROLE_")) {
                return authority.getAuthority().substring(5);
            }
        }
        return "";
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private record Caller(String key, RateLimitProperties.Limit limit) {
    }

    /** Nanosecond time, replaceable in tests. */
    interface LongSupplierClock {
        long nanos();
    }

    /** A token bucket: {@code capacity} requests at once, refilled at {@code perSecond}. */
    static final class Bucket {

        private final RateLimitProperties.Limit limit;
        private double tokens;
        private long last;

        Bucket(RateLimitProperties.Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.capacity();
            this.last = now;
        }

        /** Takes one token; returns 0, or how long until one is available. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) ((1 - tokens) / limit.perSecond() * 1_000_000_000L);
        }

        synchronized long idleSince(long now) {
            refill(now);
            return tokens >= limit.capacity() ? now - last : 0;
        }

        private void refill(long now) {
            double elapsedSeconds = (now - last) / 1_000_000_000.0;
            if (elapsedSeconds > 0) {
                tokens = Math.min(limit.capacity(), tokens + elapsedSeconds * limit.perSecond());
                last = now;
            }
        }
    }
}
