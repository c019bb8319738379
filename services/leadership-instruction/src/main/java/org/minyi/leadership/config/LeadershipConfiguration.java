package org.minyi.leadership.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.minyi.leadership.audit.persistence.MongoAuditTrail;
import org.minyi.leadership.inbox.application.DisposingReport;
import org.minyi.leadership.inbox.application.FindingInbox;
import org.minyi.leadership.inbox.application.FollowingReportStatus;
import org.minyi.leadership.inbox.application.InstructingReport;
import org.minyi.leadership.inbox.application.OutboundEvents;
import org.minyi.leadership.inbox.application.ReceivingReport;
import org.minyi.leadership.inbox.messaging.LeadershipIntegrationEvents;
import org.minyi.leadership.inbox.messaging.OutboxRelay;
import org.minyi.leadership.inbox.messaging.ReportStatusListener;
import org.minyi.leadership.inbox.messaging.ReviewEventsListener;
import org.minyi.leadership.inbox.messaging.TracePropagation;
import org.minyi.leadership.inbox.persistence.MongoInboxItems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the inbox's hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. */
@Configuration(proxyBeanMethods = false)
class LeadershipConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MongoInboxItems inboxItems(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        MongoInboxItems items = new MongoInboxItems(mongo, events, clock);
        items.createIndexes();
        return items;
    }

    @Bean
    OutboundEvents outboundEvents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        Supplier<Map<String, String>> traceContext = currentTracer == null || currentPropagator == null
                ? Map::of : new TracePropagation(currentTracer, currentPropagator);
        return new LeadershipIntegrationEvents(traceContext);
    }

    @Bean
    MongoAuditTrail auditTrail(MongoTemplate mongo) {
        MongoAuditTrail trail = new MongoAuditTrail(mongo);
        trail.createIndexes();
        return trail;
    }

    @Bean
    ReceivingReport receivingReport(MongoInboxItems items) {
        return new ReceivingReport(items);
    }

    @Bean
    FollowingReportStatus followingReportStatus(MongoInboxItems items) {
        return new FollowingReportStatus(items);
    }

    @Bean
    FindingInbox findingInbox(MongoInboxItems items) {
        return new FindingInbox(items);
    }

    @Bean
    InstructingReport instructingReport(MongoInboxItems items, OutboundEvents outbound, Clock clock,
                                        @Value("${minyi.zone}") ZoneId zone) {
        return new InstructingReport(items, outbound, clock, zone);
    }

    @Bean
    DisposingReport disposingReport(MongoInboxItems items, OutboundEvents outbound, Clock clock,
                                    @Value("${minyi.zone}") ZoneId zone) {
        return new DisposingReport(items, outbound, clock, zone);
    }

    @Bean
    ReviewEventsListener reviewEventsListener(ReceivingReport receiving) {
        return new ReviewEventsListener(receiving);
    }

    @Bean
    ReportStatusListener reportStatusListener(FollowingReportStatus following) {
        return new ReportStatusListener(following);
    }

    @Bean
    OutboxRelay outboxRelay(MongoInboxItems outbox, KafkaTemplate<String, byte[]> kafka, Clock clock,
                            MeterRegistry meters,
                            @Value("${minyi.outbox.sweep-every:30s}") Duration sweepEvery,
                            @Value("${minyi.outbox.sweep-age:30s}") Duration sweepAge,
                            @Value("${minyi.outbox.send-timeout:30s}") Duration sendTimeout) {
        return new OutboxRelay(outbox, kafka, clock, sweepEvery, sweepAge, sendTimeout, meters);
    }
}
