package org.minyi.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    CorrelationIds correlationIds() {
        return new CorrelationIds();
    }
}
