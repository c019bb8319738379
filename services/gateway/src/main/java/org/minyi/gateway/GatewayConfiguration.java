package org.minyi.gateway;

import java.net.URI;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitProperties.class, EdgeProperties.class, AuditTrailProperties.class})
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

    /** The route filter behind {@code GET /api/audit/reports/{id}}. */
    @Bean
    MergedAuditTrail mergedAuditTrail(AuditTrailProperties properties) {
        return new MergedAuditTrail(properties.services(), WebClient.create(), properties.timeout());
    }

    /** {@code /console} opens the console's first page. */
    @Bean
    RouterFunction<ServerResponse> consoleEntry() {
        return RouterFunctions.route(RequestPredicates.GET("/console").or(RequestPredicates.GET("/console/")),
                request -> ServerResponse.temporaryRedirect(URI.create("/console/index.html")).build());
    }

    @Bean
    ClientAddresses clientAddresses(EdgeProperties edge) {
        return new ClientAddresses(edge.trustedProxies(), edge.clientAddressHeader());
    }

    @Bean
    RateLimits rateLimits(RateLimitProperties properties, ClientAddresses clientAddresses) {
        return new RateLimits(properties, clientAddresses, Ticker.systemTicker());
    }
}
