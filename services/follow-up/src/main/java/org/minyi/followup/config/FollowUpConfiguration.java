package org.minyi.followup.config;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.followup.handling.application.AssigningTasks;
import org.minyi.followup.handling.application.ConcludingHandling;
import org.minyi.followup.handling.application.FindingHandling;
import org.minyi.followup.handling.application.FollowingReportStatus;
import org.minyi.followup.handling.application.OutboundEvents;
import org.minyi.followup.handling.application.WorkingOnTasks;
import org.minyi.followup.handling.messaging.FollowUpIntegrationEvents;
import org.minyi.followup.handling.messaging.InstructionEventsListener;
import org.minyi.followup.handling.messaging.OutboxRelay;
import org.minyi.followup.handling.messaging.ReportStatusListener;
import org.minyi.followup.handling.persistence.MongoHandlings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires follow-up's hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MongoHandlings handlings(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        MongoHandlings handlings = new MongoHandlings(mongo, events, clock);
        handlings.createIndexes();
        return handlings;
    }

    @Bean
    OutboundEvents outboundEvents() {
        return new FollowUpIntegrationEvents();
    }

    @Bean
    AssigningTasks assigningTasks(MongoHandlings handlings, OutboundEvents outbound, Clock clock) {
        return new AssigningTasks(handlings, outbound, clock);
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
    ConcludingHandling concludingHandling(MongoHandlings handlings, OutboundEvents outbound, Clock clock) {
        return new ConcludingHandling(handlings, outbound, clock);
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
    ReportStatusListener reportStatusListener(FollowingReportStatus following) {
        return new ReportStatusListener(following);
    }

    @Bean
    OutboxRelay outboxRelay(MongoHandlings outbox, KafkaTemplate<String, byte[]> kafka, Clock clock,
                            MeterRegistry meters,
                            @Value("${minyi.outbox.sweep-every:5s}") Duration sweepEvery,
                            @Value("${minyi.outbox.sweep-age:10s}") Duration sweepAge,
                            @Value("${minyi.outbox.send-timeout:30s}") Duration sendTimeout) {
        return new OutboxRelay(outbox, kafka, clock, sweepEvery, sweepAge, sendTimeout, meters);
    }
}
