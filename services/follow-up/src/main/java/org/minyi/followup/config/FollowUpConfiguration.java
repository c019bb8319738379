package org.minyi.followup.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.minyi.followup.audit.persistence.MongoAuditTrail;
import org.minyi.followup.handling.application.AssigningTasks;
import org.minyi.followup.handling.application.ConcludingHandling;
import org.minyi.followup.handling.application.EarlierStages;
import org.minyi.followup.handling.application.FindingHandling;
import org.minyi.followup.handling.application.FollowingReportStatus;
import org.minyi.followup.handling.application.OutboundEvents;
import org.minyi.followup.handling.application.UrgingUnits;
import org.minyi.followup.handling.application.WatchingDeadlines;
import org.minyi.followup.handling.application.WorkingOnTasks;
import org.minyi.followup.handling.domain.HandlingRules;
import org.minyi.followup.handling.domain.Stage;
import org.minyi.followup.handling.domain.StageEntry;
import org.minyi.followup.handling.messaging.FollowUpIntegrationEvents;
import org.minyi.followup.handling.messaging.InstructionEventsListener;
import org.minyi.followup.handling.messaging.ReportStatusListener;
import org.minyi.followup.handling.persistence.MongoHandlings;
import org.minyi.followup.journey.application.FollowingJourney;
import org.minyi.followup.journey.domain.ReportStatus;
import org.minyi.followup.journey.messaging.IntakeEventsListener;
import org.minyi.followup.journey.messaging.JourneyNotices;
import org.minyi.followup.journey.persistence.MongoJourneys;
import org.minyi.followup.outbox.messaging.OutboxRelay;
import org.minyi.followup.outbox.messaging.TracePropagation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Wires follow-up's features: handling (tasks, deadlines, ratings, closing), journey (whom each status
 * concerns, milestones), the outbox relays of both, and the audit trail; notifications and the
 * scheduler have their own configurations. Every event written to an outbox carries the trace of the
 * request or record that caused it.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
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

    @Bean
    MongoHandlings handlings(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock, HandlingRules rules) {
        MongoHandlings handlings = new MongoHandlings(mongo, events, clock, rules);
        handlings.createIndexes();
        handlings.scheduleUnwatched();
        return handlings;
    }

    @Bean
    MongoJourneys journeys(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        MongoJourneys journeys = new MongoJourneys(mongo, events, clock);
        journeys.createIndexes();
        return journeys;
    }

    @Bean
    OutboundEvents outboundEvents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new FollowUpIntegrationEvents(traceContext(tracer, propagator));
    }

    @Bean
    FollowingJourney followingJourney(MongoJourneys journeys, Clock clock, ObjectProvider<Tracer> tracer,
                                      ObjectProvider<Propagator> propagator) {
        return new FollowingJourney(journeys, new JourneyNotices(traceContext(tracer, propagator)), clock);
    }

    @Bean
    MongoAuditTrail auditTrail(MongoTemplate mongo) {
        MongoAuditTrail trail = new MongoAuditTrail(mongo);
        trail.createIndexes();
        return trail;
    }

    /** The current trace as W3C headers, or none when tracing is not configured. */
    private static Supplier<Map<String, String>> traceContext(ObjectProvider<Tracer> tracer,
                                                              ObjectProvider<Propagator> propagator) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        return currentTracer == null || currentPropagator == null ? Map::of
                : new TracePropagation(currentTracer, currentPropagator);
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
    AssigningTasks assigningTasks(MongoHandlings handlings, OutboundEvents outbound, HandlingRules rules, Clock clock) {
        return new AssigningTasks(handlings, outbound, rules, clock);
    }

    @Bean
    FollowingReportStatus followingReportStatus(MongoHandlings handlings) {
        return new FollowingReportStatus(handlings);
    }

    @Bean
    WorkingOnTasks workingOnTasks(MongoHandlings handlings, OutboundEvents outbound, Clock clock) {
        return new WorkingOnTasks(handlings, outbound, clock);
    }

    @Bean
    ConcludingHandling concludingHandling(MongoHandlings handlings, OutboundEvents outbound,
                                          EarlierStages earlierStages, Clock clock) {
        return new ConcludingHandling(handlings, outbound, earlierStages, clock);
    }

    @Bean
    UrgingUnits urgingUnits(MongoHandlings handlings, OutboundEvents outbound, Clock clock) {
        return new UrgingUnits(handlings, outbound, clock);
    }

    @Bean
    WatchingDeadlines watchingDeadlines(MongoHandlings handlings, OutboundEvents outbound,
                                        EarlierStages earlierStages, Clock clock) {
        return new WatchingDeadlines(handlings, outbound, earlierStages, clock);
    }

    @Bean
    FindingHandling findingHandling(MongoHandlings handlings) {
        return new FindingHandling(handlings);
    }

    @Bean
    InstructionEventsListener instructionEventsListener(AssigningTasks assigning) {
        return new InstructionEventsListener(assigning);
    }

    @Bean
    ReportStatusListener reportStatusListener(FollowingReportStatus following, FollowingJourney journeys) {
        return new ReportStatusListener(following, journeys);
    }

    @Bean
    IntakeEventsListener intakeEventsListener(FollowingJourney journeys) {
        return new IntakeEventsListener(journeys);
    }

    @Bean
    OutboxRelay handlingsRelay(MongoHandlings outbox, KafkaTemplate<String, byte[]> kafka, Clock clock,
                               MeterRegistry meters,
                               @Value("${minyi.outbox.sweep-every:30s}") Duration sweepEvery,
                               @Value("${minyi.outbox.sweep-age:30s}") Duration sweepAge,
                               @Value("${minyi.outbox.send-timeout:30s}") Duration sendTimeout) {
        return new OutboxRelay(outbox, kafka, clock, sweepEvery, sweepAge, sendTimeout, meters);
    }

    @Bean
    OutboxRelay journeysRelay(MongoJourneys outbox, KafkaTemplate<String, byte[]> kafka, Clock clock,
                              MeterRegistry meters,
                              @Value("${minyi.outbox.sweep-every:30s}") Duration sweepEvery,
                              @Value("${minyi.outbox.sweep-age:30s}") Duration sweepAge,
                              @Value("${minyi.outbox.send-timeout:30s}") Duration sendTimeout) {
        return new OutboxRelay(outbox, kafka, clock, sweepEvery, sweepAge, sendTimeout, meters);
    }
}
