package org.minyi.routing.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.minyi.chassis.audit.AutomaticSteps;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.security.AccessRules;
import org.minyi.routing.reference.domain.CountyCodes;
import org.minyi.routing.reference.persistence.SeedFileCodes;
import org.minyi.routing.report.application.FindingRoutingCases;
import org.minyi.routing.report.application.RecordingStatusChange;
import org.minyi.routing.report.application.ReroutingReport;
import org.minyi.routing.report.application.RoutingReport;
import org.minyi.routing.report.messaging.ReportStatusListener;
import org.minyi.routing.report.messaging.ReportSubmittedListener;
import org.minyi.routing.report.messaging.RoutingIntegrationEvents;
import org.minyi.routing.report.persistence.MongoRoutingCases;
import org.minyi.routing.report.persistence.MongoTopicCoverage;
import org.minyi.routing.rules.application.ManagingRules;
import org.minyi.routing.rules.domain.Rule;
import org.minyi.routing.rules.persistence.MongoRuleSets;
import org.minyi.routing.topic.application.FindingTopics;
import org.minyi.routing.topic.application.RecordingTopics;
import org.minyi.routing.topic.persistence.MongoTopics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires routing's hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. The
 * chassis supplies the rest (outbox relay, dead letters, audit, problem+json, security from
 * {@link RoutingAccess}).
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    static final String RULES = "minyi.routing.rules";

    @Bean
    AccessRules routingAccess() {
        return new RoutingAccess();
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
    MongoOutbox routingCasesOutbox(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        return new MongoOutbox(mongo, MongoRoutingCases.COLLECTION, events, clock);
    }

    @Bean
    MongoRoutingCases routingCases(MongoTemplate mongo, MongoOutbox routingCasesOutbox, IntegrationEvents events) {
        MongoRoutingCases cases = new MongoRoutingCases(mongo, routingCasesOutbox, new RoutingIntegrationEvents(events));
        cases.createIndexes();
        return cases;
    }

    @Bean
    RoutingReport routingReport(MongoRoutingCases cases, ManagingRules rules, MongoTopics topics, Clock clock,
                                AutomaticSteps steps) {
        return new RoutingReport(cases, rules, topics, clock, steps);
    }

    @Bean
    ReroutingReport reroutingReport(MongoRoutingCases cases, CountyCodes codes, Clock clock) {
        return new ReroutingReport(cases, codes, clock);
    }

    @Bean
    RecordingStatusChange recordingStatusChange(MongoRoutingCases cases) {
        return new RecordingStatusChange(cases);
    }

    @Bean
    FindingRoutingCases findingRoutingCases(MongoRoutingCases cases) {
        return new FindingRoutingCases(cases);
    }

    /** Binding {@code reportSubmitted-in-0}: {@code intake.report-events}, group {@code routing}. */
    @Bean
    Consumer<Message<byte[]>> reportSubmitted(RoutingReport routing) {
        return InboundEvent.consumer(new ReportSubmittedListener(routing));
    }

    /** Binding {@code reportStatus-in-0}: {@code report-status}, group {@code routing}. */
    @Bean
    Consumer<Message<byte[]>> reportStatus(RecordingStatusChange recording) {
        return InboundEvent.consumer(new ReportStatusListener(recording));
    }
}
