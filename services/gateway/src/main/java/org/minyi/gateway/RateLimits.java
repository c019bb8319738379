package org.minyi.gateway;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
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
 * are limited per client address ({@link ClientAddresses}). A caller over its limit gets 429 with
 * {@code Retry-After}. Limits are held per gateway replica, in at most {@code max-tracked} buckets; a
 * bucket untouched for ten minutes — or for as long as the slowest bucket takes to fill up, if that is
 * longer — is forgotten, since it would be full again anyway.
 */
final class RateLimits implements GlobalFilter, Ordered {

    static final Duration IDLE = Duration.ofMinutes(10);

    private final RateLimitProperties properties;
    private final ClientAddresses clientAddresses;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    RateLimits(RateLimitProperties properties, ClientAddresses clientAddresses, Ticker ticker) {
        this.properties = properties;
        this.clientAddresses = clientAddresses;
        this.ticker = ticker;
        Duration longestRefill = properties.longestRefill();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(properties.maxTracked())
                .expireAfterAccess(longestRefill.compareTo(IDLE) > 0 ? longestRefill : IDLE)
                .ticker(ticker)
                // evictions happen on the request's thread: the bound holds without a pool behind it
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> new Caller("principal:" + token.getName(), properties.forRole(role(token))))
                .switchIfEmpty(Mono.fromSupplier(() -> new Caller(
                        "address:" + clientAddresses.of(exchange.getRequest()), properties.anonymous())))
                .flatMap(caller -> {
                    long now = ticker.read();
                    Bucket bucket = buckets.get(caller.key(), key -> new Bucket(caller.limit(), now));
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

    /** How many buckets this replica holds now. */
    long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
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

    private record Caller(String key, RateLimitProperties.Limit limit) {
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

        private void refill(long now) {
            double elapsedSeconds = (now - last) / 1_000_000_000.0;
            if (elapsedSeconds > 0) {
                tokens = Math.min(limit.capacity(), tokens + elapsedSeconds * limit.perSecond());
                last = now;
            }
        }
    }
}
