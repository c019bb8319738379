package org.minyi.routing.config;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.routing.report.application.FindingRoutingCases;
import org.minyi.routing.report.application.OutboundEvents;
import org.minyi.routing.report.application.RoutingReport;
import org.minyi.routing.report.messaging.OutboxRelay;
import org.minyi.routing.report.messaging.ReportSubmittedListener;
import org.minyi.routing.report.messaging.RoutingIntegrationEvents;
import org.minyi.routing.report.persistence.MongoRoutingCases;
import org.minyi.routing.rules.domain.RoutingPolicy;
import org.minyi.routing.rules.domain.RoutingRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires routing's hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    static final String RULES = "minyi.routing";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The tables of {@code minyi.routing}, bound straight into the domain's value object; bad tables stop the start. */
    @Bean
    RoutingPolicy routingPolicy(Environment environment) {
        return new RoutingPolicy(rules(Binder.get(environment)));
    }

    static RoutingRules rules(Binder binder) {
        return binder.bind(RULES, Bindable.of(RoutingRules.class))
                .orElseThrow(() -> new IllegalStateException(RULES + " (the routing tables) is not configured"));
    }

    @Bean
    MongoRoutingCases routingCases(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        MongoRoutingCases cases = new MongoRoutingCases(mongo, events, clock);
        cases.createIndexes();
        return cases;
    }

    @Bean
    OutboundEvents outboundEvents() {
        return new RoutingIntegrationEvents();
    }

    @Bean
    RoutingReport routingReport(MongoRoutingCases cases, RoutingPolicy policy, OutboundEvents outbound, Clock clock) {
        return new RoutingReport(cases, policy, outbound, clock);
    }

    @Bean
    FindingRoutingCases findingRoutingCases(MongoRoutingCases cases) {
        return new FindingRoutingCases(cases);
    }

    @Bean
    ReportSubmittedListener reportSubmittedListener(RoutingReport routing) {
        return new ReportSubmittedListener(routing);
    }

    @Bean
    OutboxRelay outboxRelay(MongoRoutingCases outbox, KafkaTemplate<String, byte[]> kafka, Clock clock,
                            MeterRegistry meters,
                            @Value("${minyi.outbox.sweep-every:5s}") Duration sweepEvery,
                            @Value("${minyi.outbox.sweep-age:10s}") Duration sweepAge,
                            @Value("${minyi.outbox.send-timeout:30s}") Duration sendTimeout) {
        return new OutboxRelay(outbox, kafka, clock, sweepEvery, sweepAge, sendTimeout, meters);
    }
}
