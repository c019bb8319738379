package org.minyi.gateway;

import java.net.URI;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
@EnableScheduling
class GatewayConfiguration {

    @Bean
    KeepAliveWorkaround keepAliveWorkaround() {
        return new KeepAliveWorkaround();
    }

    @Bean
    CorrelationIds correlationIds() {
        return new CorrelationIds();
    }

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http) {
        return EdgeSecurity.chain(http);
    }

    /** {@code /console} opens the console's first page. */
    @Bean
    RouterFunction<ServerResponse> consoleEntry() {
        return RouterFunctions.route(RequestPredicates.GET("/console").or(RequestPredicates.GET("/console/")),
                request -> ServerResponse.temporaryRedirect(URI.create("/console/index.html")).build());
    }

    @Bean
    RateLimits rateLimits(RateLimitProperties properties) {
        return new RateLimits(properties, System::nanoTime);
    }

    @Bean
    IdleBuckets idleBuckets(RateLimits limits) {
        return new IdleBuckets(limits);
    }

    /** Keeps the rate limiter's memory bounded. */
    static final class IdleBuckets {

        private final RateLimits limits;

        IdleBuckets(RateLimits limits) {
            this.limits = limits;
        }

        @Scheduled(fixedDelay = 60_000)
        void forget() {
            limits.forgetIdle();
        }
    }
}
