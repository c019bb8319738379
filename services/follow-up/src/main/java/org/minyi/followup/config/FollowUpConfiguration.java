package org.minyi.followup.config;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.minyi.chassis.audit.AutomaticSteps;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.security.AccessRules;
import org.minyi.followup.handling.application.AssigningTasks;
import org.minyi.followup.handling.application.ConcludingHandling;
import org.minyi.followup.handling.application.EarlierStages;
import org.minyi.followup.handling.application.FindingHandling;
import org.minyi.followup.handling.application.FollowingReportStatus;
import org.minyi.followup.handling.application.ReadingTasks;
import org.minyi.followup.handling.application.UrgingUnits;
import org.minyi.followup.handling.application.WatchingDeadlines;
import org.minyi.followup.handling.application.WorkingOnTasks;
import org.minyi.followup.handling.domain.HandlingRules;
import org.minyi.followup.handling.domain.SheetLayout;
import org.minyi.followup.handling.domain.Stage;
import org.minyi.followup.handling.domain.StageEntry;
import org.minyi.followup.handling.messaging.FollowUpIntegrationEvents;
import org.minyi.followup.handling.messaging.InstructionEventsListener;
import org.minyi.followup.handling.messaging.ReportStatusListener;
import org.minyi.followup.handling.messaging.ReviewEventsListener;
import org.minyi.followup.handling.persistence.MongoHandlings;
import org.minyi.followup.journey.application.FollowingJourney;
import org.minyi.followup.journey.domain.ReportStatus;
import org.minyi.followup.journey.messaging.IntakeEventsListener;
import org.minyi.followup.journey.messaging.JourneyNotices;
import org.minyi.followup.journey.persistence.MongoJourneys;
import org.minyi.followup.reference.domain.ReferenceData;
import org.minyi.followup.reference.persistence.SeedFileReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires follow-up's features: handling (tasks, what they follow, deadlines, ratings, closing, the 交办单),
 * journey (whom each status concerns, work notices, milestones) and the reference data they read, each
 * store with its own outbox, and the bindings that feed them;
 * notifications and the scheduler have their own configurations. The chassis supplies the rest (the
 * relays of both outboxes, dead letters, audit, problem+json, security from {@link FollowUpAccess}).
 */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean
    AccessRules followUpAccess() {
        return new FollowUpAccess();
    }

    @Bean
    HandlingRules handlingRules(@Value("${minyi.zone:Asia/Shanghai}") ZoneId zone,
                                @Value("${minyi.handling.max-reopenings:2}") int maxReopenings,
                                @Value("${minyi.handling.reopen-period:30d}") Period reopenPeriod,
                                @Value("${minyi.handling.remind-every:7d}") Duration remindEvery,
                                @Value("${minyi.handling.escalate-after:7d}") Duration escalateAfter,
                                @Value("${minyi.handling.close-unrated-after:30d}") Duration closeUnratedAfter) {
        return new HandlingRules(zone, maxReopenings, reopenPeriod, remindEvery, escalateAfter, closeUnratedAfter);
    }

    /** The county's reference data (unit names, leaders), from its seed; codes stand for names without one. */
    @Bean
    ReferenceData referenceData(
            @Value("${minyi.reference.seed:classpath:demo-data/reference-data.json}") String seed) throws IOException {
        Resource resource = new DefaultResourceLoader().getResource(seed);
        return SeedFileReference.read(resource.exists() ? resource.getInputStream() : null);
    }

    /** The 交办单's layout: names from the reference data, dates in the county's zone, the issuing office. */
    @Bean
    SheetLayout sheetLayout(ReferenceData reference, HandlingRules rules,
                            @Value("${minyi.handling.issuer:}") String issuer) {
        return new SheetLayout(reference, rules.zone(), issuer);
    }

    @Bean
    MongoOutbox handlingsOutbox(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        LegacyOutboxEntries.rename(mongo, "handlings");
        return new MongoOutbox(mongo, "handlings", events, clock);
    }

    @Bean
    MongoOutbox journeysOutbox(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        LegacyOutboxEntries.rename(mongo, "journeys");
        return new MongoOutbox(mongo, "journeys", events, clock);
    }

    @Bean
    MongoHandlings handlings(MongoTemplate mongo, MongoOutbox handlingsOutbox, IntegrationEvents events,
                             HandlingRules rules) {
        MongoHandlings handlings = new MongoHandlings(mongo, handlingsOutbox, new FollowUpIntegrationEvents(events),
                rules);
        handlings.createIndexes();
        handlings.scheduleUnwatched();
        return handlings;
    }

    @Bean
    MongoJourneys journeys(MongoTemplate mongo, MongoOutbox journeysOutbox, IntegrationEvents events) {
        MongoJourneys journeys = new MongoJourneys(mongo, journeysOutbox, new JourneyNotices(events));
        journeys.createIndexes();
        return journeys;
    }

    @Bean
    FollowingJourney followingJourney(MongoJourneys journeys, Clock clock) {
        return new FollowingJourney(journeys, clock);
    }

    /** Submitted and adopted: the milestones the journey learned before the handling began. */
    @Bean
    EarlierStages earlierStages(FollowingJourney journeys) {
        Map<ReportStatus, Stage> wanted = Map.of(ReportStatus.SUBMITTED, Stage.SUBMITTED,
                ReportStatus.ADOPTED, Stage.ADOPTED);
        return id -> journeys.find(id.value()).map(journey -> {
            List<StageEntry> stages = new ArrayList<>();
            journey.milestones().forEach((status, at) -> {
                if (wanted.containsKey(status)) {
                    stages.add(new StageEntry(wanted.get(status), at));
                }
            });
            return stages;
        }).orElse(List.of());
    }

    @Bean
    AssigningTasks assigningTasks(MongoHandlings handlings, HandlingRules rules, Clock clock) {
        return new AssigningTasks(handlings, rules, clock);
    }

    @Bean
    FollowingReportStatus followingReportStatus(MongoHandlings handlings) {
        return new FollowingReportStatus(handlings);
    }

    @Bean
    WorkingOnTasks workingOnTasks(MongoHandlings handlings, Clock clock) {
        return new WorkingOnTasks(handlings, clock);
    }

    @Bean
    ConcludingHandling concludingHandling(MongoHandlings handlings, EarlierStages earlierStages, Clock clock) {
        return new ConcludingHandling(handlings, earlierStages, clock);
    }

    @Bean
    UrgingUnits urgingUnits(MongoHandlings handlings, Clock clock) {
        return new UrgingUnits(handlings, clock);
    }

    @Bean
    WatchingDeadlines watchingDeadlines(MongoHandlings handlings, EarlierStages earlierStages, Clock clock,
                                        AutomaticSteps steps) {
        return new WatchingDeadlines(handlings, earlierStages, clock, steps);
    }

    @Bean
    FindingHandling findingHandling(MongoHandlings handlings) {
        return new FindingHandling(handlings);
    }

    @Bean
    ReadingTasks readingTasks(MongoHandlings handlings, SheetLayout layout) {
        return new ReadingTasks(handlings, layout);
    }

    /** Binding {@code instructionEvents-in-0}: {@code leadership.instruction-events}. */
    @Bean
    Consumer<Message<byte[]>> instructionEvents(AssigningTasks assigning, ReferenceData reference) {
        return InboundEvent.consumer(new InstructionEventsListener(assigning, reference));
    }

    /** Binding {@code reviewEvents-in-0}: {@code review.review-events}, transfers (转送) and reports sent to leaders. */
    @Bean
    Consumer<Message<byte[]>> reviewEvents(AssigningTasks assigning, FollowingJourney journeys,
                                           ReferenceData reference) {
        return InboundEvent.consumer(new ReviewEventsListener(assigning, journeys, reference));
    }

    /** Binding {@code reportStatus-in-0}: {@code report-status}, to the journeys and the handlings. */
    @Bean
    Consumer<Message<byte[]>> reportStatus(FollowingReportStatus following, FollowingJourney journeys) {
        return InboundEvent.consumer(new ReportStatusListener(following, journeys));
    }

    /** Binding {@code intakeReportEvents-in-0}: {@code intake.report-events}, who each report concerns. */
    @Bean
    Consumer<Message<byte[]>> intakeReportEvents(FollowingJourney journeys) {
        return InboundEvent.consumer(new IntakeEventsListener(journeys));
    }
}
