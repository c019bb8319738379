package org.minyi.review.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.minyi.review.audit.persistence.MongoAuditTrail;
import org.minyi.review.queue.application.FindingReviewItems;
import org.minyi.review.queue.application.FollowingReportStatus;
import org.minyi.review.queue.application.MaintainingDeclineReasons;
import org.minyi.review.queue.application.MergingReports;
import org.minyi.review.queue.application.OutboundEvents;
import org.minyi.review.queue.application.QueueingRoutedReport;
import org.minyi.review.queue.application.RecordingUpstreamAdoption;
import org.minyi.review.queue.application.ReviewingReport;
import org.minyi.review.queue.application.SendingToLeaders;
import org.minyi.review.queue.domain.ClaimPolicy;
import org.minyi.review.queue.messaging.OutboxRelay;
import org.minyi.review.queue.messaging.ReportStatusListener;
import org.minyi.review.queue.messaging.ReviewIntegrationEvents;
import org.minyi.review.queue.messaging.RoutingEventsListener;
import org.minyi.review.queue.messaging.TracePropagation;
import org.minyi.review.queue.persistence.MongoCompositeNumbers;
import org.minyi.review.queue.persistence.MongoDeclineReasons;
import org.minyi.review.queue.persistence.MongoReviewItems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the review hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The county's time zone: it dates issues and numbers composites and issues per year. */
    @Bean
    ZoneId countyZone(@Value("${minyi.zone:Asia/Shanghai}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    ClaimPolicy claimPolicy(@Value("${minyi.review.claim-lease:30m}") Duration lease) {
        return new ClaimPolicy(lease);
    }

    @Bean
    MongoReviewItems reviewItems(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        MongoReviewItems items = new MongoReviewItems(mongo, events, clock);
        items.createIndexes();
        items.rankUnrankedItems();
        return items;
    }

    @Bean
    MongoDeclineReasons declineReasons(MongoTemplate mongo, Clock clock) {
        MongoDeclineReasons reasons = new MongoDeclineReasons(mongo, clock);
        reasons.seed();
        return reasons;
    }

    @Bean
    MongoCompositeNumbers compositeNumbers(MongoTemplate mongo) {
        return new MongoCompositeNumbers(mongo);
    }

    /** Every event carries the trace of the request (or consumed event) that caused it. */
    @Bean
    OutboundEvents outboundEvents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        Supplier<Map<String, String>> traceContext = currentTracer == null || currentPropagator == null
                ? Map::of : new TracePropagation(currentTracer, currentPropagator);
        return new ReviewIntegrationEvents(traceContext);
    }

    @Bean
    MongoAuditTrail auditTrail(MongoTemplate mongo) {
        MongoAuditTrail trail = new MongoAuditTrail(mongo);
        trail.createIndexes();
        return trail;
    }

    @Bean
    FindingReviewItems findingReviewItems(MongoReviewItems items) {
        return new FindingReviewItems(items);
    }

    @Bean
    ReviewingReport reviewingReport(MongoReviewItems items, MongoDeclineReasons reasons, OutboundEvents outbound,
                                    ClaimPolicy claims, Clock clock) {
        return new ReviewingReport(items, reasons, outbound, claims, clock);
    }

    @Bean
    SendingToLeaders sendingToLeaders(MongoReviewItems items, OutboundEvents outbound, Clock clock) {
        return new SendingToLeaders(items, outbound, clock);
    }

    @Bean
    RecordingUpstreamAdoption recordingUpstreamAdoption(MongoReviewItems items, OutboundEvents outbound, Clock clock,
                                                        ZoneId countyZone) {
        return new RecordingUpstreamAdoption(items, outbound, clock, countyZone);
    }

    @Bean
    MergingReports mergingReports(MongoReviewItems items, MongoCompositeNumbers numbers, OutboundEvents outbound,
                                  Clock clock, ZoneId countyZone) {
        return new MergingReports(items, numbers, outbound, clock, countyZone);
    }

    @Bean
    MaintainingDeclineReasons maintainingDeclineReasons(MongoDeclineReasons reasons, Clock clock) {
        return new MaintainingDeclineReasons(reasons, clock);
    }

    @Bean
    QueueingRoutedReport queueingRoutedReport(MongoReviewItems items) {
        return new QueueingRoutedReport(items);
    }

    @Bean
    FollowingReportStatus followingReportStatus(MongoReviewItems items) {
        return new FollowingReportStatus(items);
    }

    @Bean
    RoutingEventsListener routingEventsListener(QueueingRoutedReport queueing) {
        return new RoutingEventsListener(queueing);
    }

    @Bean
    ReportStatusListener reportStatusListener(FollowingReportStatus following) {
        return new ReportStatusListener(following);
    }

    @Bean
    OutboxRelay outboxRelay(MongoReviewItems outbox, KafkaTemplate<String, byte[]> kafka, Clock clock,
                            MeterRegistry meters,
                            @Value("${minyi.outbox.sweep-every:30s}") Duration sweepEvery,
                            @Value("${minyi.outbox.sweep-age:30s}") Duration sweepAge,
                            @Value("${minyi.outbox.send-timeout:30s}") Duration sendTimeout) {
        return new OutboxRelay(outbox, kafka, clock, sweepEvery, sweepAge, sendTimeout, meters);
    }
}
