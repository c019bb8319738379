package org.minyi.review.config;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.minyi.chassis.audit.AutomaticSteps;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.scheduling.LeasedSchedule;
import org.minyi.chassis.scheduling.LeasedSchedules;
import org.minyi.chassis.security.AccessRules;
import org.minyi.review.queue.application.FindingReviewItems;
import org.minyi.review.queue.application.FindingUpstreamLedger;
import org.minyi.review.queue.application.FollowingReportStatus;
import org.minyi.review.queue.application.MaintainingDeclineReasons;
import org.minyi.review.queue.application.MergingReports;
import org.minyi.review.queue.application.QueueingRoutedReport;
import org.minyi.review.queue.application.RecordingUpstreamAdoption;
import org.minyi.review.queue.application.RecordingUpstreamSubmission;
import org.minyi.review.queue.application.ReviewingReport;
import org.minyi.review.queue.application.SendingToLeaders;
import org.minyi.review.queue.application.TransferringReport;
import org.minyi.review.queue.application.WatchingReviewTimeLimits;
import org.minyi.review.queue.domain.ClaimPolicy;
import org.minyi.review.queue.domain.ReviewTimeLimits;
import org.minyi.review.queue.messaging.ReportStatusListener;
import org.minyi.review.queue.messaging.ReviewIntegrationEvents;
import org.minyi.review.queue.messaging.RoutingEventsListener;
import org.minyi.review.queue.persistence.MongoCompositeNumbers;
import org.minyi.review.queue.persistence.MongoDeclineReasons;
import org.minyi.review.queue.persistence.MongoReviewItems;
import org.minyi.review.queue.persistence.SeedReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires the review hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. The
 * chassis supplies the rest (outbox relay, dead letters, audit, problem+json, security from
 * {@link ReviewAccess}).
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    /** The lease of the review time limit's scheduler: one replica flags at a time. */
    static final String TIME_LIMITS = "committee-review-time-limits";

    @Bean
    AccessRules reviewAccess() {
        return new ReviewAccess();
    }

    /** The county's time zone: it dates issues and numbers composites and issues per year. */
    @Bean
    ZoneId countyZone(@Value("${minyi.zone}") String zone) {
        return ZoneId.of(zone);
    }

    /** The review time limits per committee and the county's working-day calendar (快). */
    @Bean
    ReviewTimeLimits reviewTimeLimits(Environment environment, ZoneId countyZone) {
        return ReviewTimeLimitSettings.read(environment, countyZone);
    }

    /** The leaders and handling units of the county's reference seed, for sending and transferring. */
    @Bean
    SeedReferenceData referenceData(@Value("${minyi.reference.seed:classpath:demo-data/reference-data.json}")
                                    String seed) throws IOException {
        Resource resource = new DefaultResourceLoader().getResource(seed);
        return SeedReferenceData.read(resource.exists() ? resource.getInputStream() : null, seed);
    }

    @Bean
    ClaimPolicy claimPolicy(@Value("${minyi.review.claim-lease:30m}") Duration lease) {
        return new ClaimPolicy(lease);
    }

    /** The waiting events inside {@code review_items}, relayed by the chassis. */
    @Bean
    MongoOutbox reviewItemsOutbox(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        return new MongoOutbox(mongo, "review_items", events, clock);
    }

    @Bean
    MongoReviewItems reviewItems(MongoTemplate mongo, MongoOutbox reviewItemsOutbox, IntegrationEvents events) {
        MongoReviewItems items = new MongoReviewItems(mongo, reviewItemsOutbox, new ReviewIntegrationEvents(events));
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

    @Bean
    FindingReviewItems findingReviewItems(MongoReviewItems items) {
        return new FindingReviewItems(items);
    }

    @Bean
    ReviewingReport reviewingReport(MongoReviewItems items, MongoDeclineReasons reasons, ClaimPolicy claims,
                                    Clock clock) {
        return new ReviewingReport(items, reasons, claims, clock);
    }

    @Bean
    SendingToLeaders sendingToLeaders(MongoReviewItems items, SeedReferenceData referenceData, Clock clock) {
        return new SendingToLeaders(items, referenceData, clock);
    }

    @Bean
    TransferringReport transferringReport(MongoReviewItems items, SeedReferenceData referenceData, Clock clock,
                                          ZoneId countyZone) {
        return new TransferringReport(items, referenceData, clock, countyZone);
    }

    /** Times the items stored before review time limits existed, once at start (a repeat finds none). */
    @Bean
    WatchingReviewTimeLimits watchingReviewTimeLimits(MongoReviewItems items, ReviewTimeLimits limits, Clock clock,
                                                      AutomaticSteps steps) {
        WatchingReviewTimeLimits watching = new WatchingReviewTimeLimits(items, limits, clock, steps);
        watching.timeUntimedItems();
        return watching;
    }

    /** Flags REVIEW_OVERDUE on one replica at a time (the chassis's leased schedule). */
    @Bean(initMethod = "start", destroyMethod = "stop")
    LeasedSchedule reviewTimeLimitSchedule(LeasedSchedules schedules, WatchingReviewTimeLimits watching,
                                           @Value("${minyi.review.time-limit.check-every:1m}") Duration every) {
        return schedules.schedule(TIME_LIMITS, every, new LeasedSchedule.Job("review-time-limits",
                watching::flagOverdue));
    }

    @Bean
    RecordingUpstreamAdoption recordingUpstreamAdoption(MongoReviewItems items, Clock clock, ZoneId countyZone) {
        return new RecordingUpstreamAdoption(items, clock, countyZone);
    }

    @Bean
    RecordingUpstreamSubmission recordingUpstreamSubmission(MongoReviewItems items, Clock clock, ZoneId countyZone) {
        return new RecordingUpstreamSubmission(items, clock, countyZone);
    }

    @Bean
    FindingUpstreamLedger findingUpstreamLedger(MongoReviewItems items, Clock clock, ZoneId countyZone) {
        return new FindingUpstreamLedger(items, clock, countyZone);
    }

    @Bean
    MergingReports mergingReports(MongoReviewItems items, MongoCompositeNumbers numbers, Clock clock,
                                  ZoneId countyZone) {
        return new MergingReports(items, numbers, clock, countyZone);
    }

    @Bean
    MaintainingDeclineReasons maintainingDeclineReasons(MongoDeclineReasons reasons, Clock clock) {
        return new MaintainingDeclineReasons(reasons, clock);
    }

    @Bean
    QueueingRoutedReport queueingRoutedReport(MongoReviewItems items, ReviewTimeLimits limits) {
        return new QueueingRoutedReport(items, limits);
    }

    @Bean
    FollowingReportStatus followingReportStatus(MongoReviewItems items) {
        return new FollowingReportStatus(items);
    }

    /** Binding {@code routingEvents-in-0}: {@code routing.routing-events}, group {@code committee-review}. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(QueueingRoutedReport queueing) {
        return InboundEvent.consumer(new RoutingEventsListener(queueing));
    }

    /** Binding {@code reportStatus-in-0}: {@code report-status}, group {@code committee-review}. */
    @Bean
    Consumer<Message<byte[]>> reportStatus(FollowingReportStatus following) {
        return InboundEvent.consumer(new ReportStatusListener(following));
    }
}
