package org.minyi.leadership.config;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.security.AccessRules;
import org.minyi.leadership.inbox.application.DisposingReport;
import org.minyi.leadership.inbox.application.FindingInbox;
import org.minyi.leadership.inbox.application.FollowingReportStatus;
import org.minyi.leadership.inbox.application.InstructingReport;
import org.minyi.leadership.inbox.application.ReceivingReport;
import org.minyi.leadership.inbox.application.ReleasingInstruction;
import org.minyi.leadership.inbox.messaging.LeadershipIntegrationEvents;
import org.minyi.leadership.inbox.messaging.ReportStatusListener;
import org.minyi.leadership.inbox.messaging.ReviewEventsListener;
import org.minyi.leadership.inbox.persistence.MongoInboxItems;
import org.minyi.leadership.inbox.persistence.SeedFileReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires the inbox's hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. The
 * chassis supplies the rest (outbox relay, dead letters, audit, problem+json, security from
 * {@link LeadershipAccess}).
 */
@Configuration(proxyBeanMethods = false)
class LeadershipConfiguration {

    @Bean
    AccessRules leadershipAccess() {
        return new LeadershipAccess();
    }

    @Bean
    MongoOutbox inboxOutbox(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        return new MongoOutbox(mongo, MongoInboxItems.COLLECTION, events, clock);
    }

    @Bean
    MongoInboxItems inboxItems(MongoTemplate mongo, MongoOutbox inboxOutbox, IntegrationEvents events) {
        MongoInboxItems items = new MongoInboxItems(mongo, inboxOutbox, new LeadershipIntegrationEvents(events));
        items.createIndexes();
        return items;
    }

    /**
     * The leaders and units of the county's reference seed (intake's reference data, copied into the jar):
     * whose instruction is recorded and at which level, and which unit codes exist. The service does not
     * start without them.
     */
    @Bean
    SeedFileReference reference(@Value("${minyi.reference.seed:classpath:demo-data/reference-data.json}") String seed)
            throws IOException {
        Resource resource = new DefaultResourceLoader().getResource(seed);
        return SeedFileReference.read(resource.exists() ? resource.getInputStream() : null, seed);
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
    InstructingReport instructingReport(MongoInboxItems items, SeedFileReference reference, Clock clock,
                                        @Value("${minyi.zone}") ZoneId zone) {
        return new InstructingReport(items, reference, reference, clock, zone);
    }

    @Bean
    ReleasingInstruction releasingInstruction(MongoInboxItems items, Clock clock) {
        return new ReleasingInstruction(items, clock);
    }

    @Bean
    DisposingReport disposingReport(MongoInboxItems items, SeedFileReference reference, Clock clock,
                                    @Value("${minyi.zone}") ZoneId zone) {
        return new DisposingReport(items, reference, clock, zone);
    }

    /** Binding {@code reviewEvents-in-0}: {@code review.review-events}, group {@code leadership-instruction}. */
    @Bean
    Consumer<Message<byte[]>> reviewEvents(ReceivingReport receiving) {
        return InboundEvent.consumer(new ReviewEventsListener(receiving));
    }

    /** Binding {@code reportStatus-in-0}: {@code report-status}, group {@code leadership-instruction}. */
    @Bean
    Consumer<Message<byte[]>> reportStatus(FollowingReportStatus following) {
        return InboundEvent.consumer(new ReportStatusListener(following));
    }
}
