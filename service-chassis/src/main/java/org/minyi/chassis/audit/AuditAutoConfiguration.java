package org.minyi.chassis.audit;

import java.time.Clock;

import io.micrometer.tracing.Tracer;
import org.minyi.chassis.events.TraceHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The append-only audit trail in the service's own database, and {@code GET /api/audit} for the office. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AuditTrail auditTrail(MongoTemplate mongo) {
        MongoAuditTrail trail = new MongoAuditTrail(mongo);
        trail.createIndexes();
        return trail;
    }

    @Bean
    @ConditionalOnMissingBean
    AutomaticSteps automaticSteps(AuditTrail trail, Clock clock, ObjectProvider<Tracer> tracer) {
        return new AutomaticSteps(trail, clock, () -> TraceHeaders.traceId(tracer.getIfAvailable()));
    }

    @Bean
    AuditController auditController(AuditTrail trail) {
        return new AuditController(trail);
    }
}
