package org.minyi.routing.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.minyi.routing.audit.persistence.MongoAuditTrail;
import org.minyi.routing.reference.domain.CountyCodes;
import org.minyi.routing.reference.persistence.SeedFileCodes;
import org.minyi.routing.report.application.FindingRoutingCases;
import org.minyi.routing.report.application.OutboundEvents;
import org.minyi.routing.report.application.RecordingStatusChange;
import org.minyi.routing.report.application.ReroutingReport;
import org.minyi.routing.report.application.RoutingReport;
import org.minyi.routing.report.messaging.OutboxRelay;
import org.minyi.routing.report.messaging.ReportStatusListener;
import org.minyi.routing.report.messaging.ReportSubmittedListener;
import org.minyi.routing.report.messaging.RoutingIntegrationEvents;
import org.minyi.routing.report.messaging.TracePropagation;
import org.minyi.routing.report.persistence.MongoRoutingCases;
import org.minyi.routing.report.persistence.MongoTopicCoverage;
import org.minyi.routing.rules.application.ManagingRules;
import org.minyi.routing.rules.domain.Rule;
import org.minyi.routing.rules.persistence.MongoRuleSets;
import org.minyi.routing.topic.application.FindingTopics;
import org.minyi.routing.topic.application.RecordingTopics;
import org.minyi.routing.topic.persistence.MongoTopics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires routing's hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    static final String RULES = "minyi.routing.rules";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CountyCodes countyCodes(@Value("${minyi.reference.seed}") Resource seed) {
        return SeedFileCodes.read(seed);
    }

    /** The rules shipped in {@code minyi.routing.rules}, bound straight into the domain's records. */
    static List<Rule> shippedRules(Binder binder) {
        return binder.bind(RULES, Bindable.listOf(Rule.class))
                .orElseThrow(() -> new IllegalStateException(RULES + " (the shipped routing rules) is not configured"));
    }

    /** The rules in force; with none stored yet, the shipped rules become version 1 (invalid ones stop the start). */
    @Bean
    ManagingRules managingRules(MongoTemplate mongo, CountyCodes codes, Clock clock, Environment environment,
                                @Value("${minyi.routing.rules-fresh-for:2s}") Duration freshFor) {
        ManagingRules rules = new ManagingRules(new MongoRuleSets(mongo), codes, clock, freshFor);
        rules.startWith(shippedRules(Binder.get(environment)));
        return rules;
    }

    @Bean
    MongoTopics topics(MongoTemplate mongo) {
        MongoTopics topics = new MongoTopics(mongo);
        topics.createIndexes();
        return topics;
    }

    @Bean
    RecordingTopics recordingTopics(MongoTopics topics, CountyCodes codes, Clock clock,
                                    @Value("${minyi.zone}") ZoneId zone) {
        return new RecordingTopics(topics, codes, clock, zone);
    }

    @Bean
    FindingTopics findingTopics(MongoTopics topics, MongoTemplate mongo, Clock clock,
                                @Value("${minyi.zone}") ZoneId zone) {
        return new FindingTopics(topics, new MongoTopicCoverage(mongo), clock, zone);
    }

    @Bean
    MongoRoutingCases routingCases(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        MongoRoutingCases cases = new MongoRoutingCases(mongo, events, clock);
        cases.createIndexes();
        return cases;
    }

    @Bean
    OutboundEvents outboundEvents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        Supplier<Map<String, String>> traceContext = currentTracer == null || currentPropagator == null
                ? Map::of : new TracePropagation(currentTracer, currentPropagator);
        return new RoutingIntegrationEvents(traceContext);
    }

    @Bean
    MongoAuditTrail auditTrail(MongoTemplate mongo) {
        MongoAuditTrail trail = new MongoAuditTrail(mongo);
        trail.createIndexes();
        return trail;
    }

    @Bean
    RoutingReport routingReport(MongoRoutingCases cases, ManagingRules rules, MongoTopics topics,
                                OutboundEvents outbound, Clock clock) {
        return new RoutingReport(cases, rules, topics, outbound, clock);
    }

    @Bean
    ReroutingReport reroutingReport(MongoRoutingCases cases, CountyCodes codes, OutboundEvents outbound, Clock clock) {
        return new ReroutingReport(cases, codes, outbound, clock);
    }

    @Bean
    RecordingStatusChange recordingStatusChange(MongoRoutingCases cases) {
        return new RecordingStatusChange(cases);
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
    ReportStatusListener reportStatusListener(RecordingStatusChange recording) {
        return new ReportStatusListener(recording);
    }

    @Bean
    OutboxRelay outboxRelay(MongoRoutingCases outbox, KafkaTemplate<String, byte[]> kafka, Clock clock,
                            MeterRegistry meters,
                            @Value("${minyi.outbox.sweep-every:30s}") Duration sweepEvery,
                            @Value("${minyi.outbox.sweep-age:30s}") Duration sweepAge,
                            @Value("${minyi.outbox.send-timeout:30s}") Duration sendTimeout) {
        return new OutboxRelay(outbox, kafka, clock, sweepEvery, sweepAge, sendTimeout, meters);
    }
}
