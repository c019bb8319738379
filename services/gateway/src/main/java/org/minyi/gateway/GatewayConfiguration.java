package org.minyi.gateway;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
@EnableScheduling
class GatewayConfiguration {

    @Bean
    CorrelationIds correlationIds() {
        return new CorrelationIds();
    }

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http) {
        return EdgeSecurity.chain(http);
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
