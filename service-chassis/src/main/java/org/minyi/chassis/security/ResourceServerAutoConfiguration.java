package org.minyi.chassis.security;

import java.time.Clock;

import io.micrometer.tracing.Tracer;
import org.minyi.chassis.audit.AuditAutoConfiguration;
import org.minyi.chassis.audit.AuditProperties;
import org.minyi.chassis.audit.AuditRecording;
import org.minyi.chassis.audit.AuditTrail;
import org.minyi.chassis.events.TraceHeaders;
import org.minyi.chassis.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerMapping;

/** The service's security chain, built from its {@link AccessRules}, with the audit filter inside. */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class},
        after = AuditAutoConfiguration.class)
@ConditionalOnBean(AccessRules.class)
public class ResourceServerAutoConfiguration {

    /**
     * Last of the chains, matching every request: a service or a test may add chains of its own for
     * particular paths without losing this one.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    @ConditionalOnMissingBean(name = "minyiSecurityFilterChain")
    SecurityFilterChain minyiSecurityFilterChain(HttpSecurity http, AccessRules rules, AuditTrail trail, Clock clock,
                            ObjectProvider<Tracer> tracer, AuditProperties audit, ProblemWriter problems,
                            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> endpoints)
            throws Exception {
        AuditRecording recording = new AuditRecording(trail, clock, () -> TraceHeaders.traceId(tracer.getIfAvailable()),
                endpoints::getIfAvailable, audit.getObjectVariables());
        return ResourceServerSecurity.chain(http, rules, recording, problems);
    }
}
