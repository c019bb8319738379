package org.minyi.dashboard.config;

import java.time.Clock;

import org.minyi.dashboard.assessment.application.AssessingYears;
import org.minyi.dashboard.assessment.persistence.MongoContributions;
import org.minyi.dashboard.board.application.ReadingBoard;
import org.minyi.dashboard.board.persistence.MongoReportProjections;
import org.minyi.dashboard.handling.application.ReadingUnitRecords;
import org.minyi.dashboard.handling.persistence.MongoHandlingHistories;
import org.minyi.dashboard.replay.application.ReplayingProjections;
import org.minyi.dashboard.replay.messaging.KafkaConsumerGroup;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the replay: the consumer bindings as one group, and what it rebuilds. */
@Configuration(proxyBeanMethods = false)
class ReplayConfiguration {

    @Bean
    KafkaConsumerGroup consumerGroup(BindingsLifecycleController lifecycle, BindingServiceProperties bindings,
                                     KafkaAdmin admin) {
        return new KafkaConsumerGroup(lifecycle, bindings, admin);
    }

    @Bean
    ReplayingProjections replayingProjections(KafkaConsumerGroup group, MongoReportProjections reports,
                                              MongoContributions contributions, MongoHandlingHistories handlings,
                                              ReadingBoard board, AssessingYears years, ReadingUnitRecords units,
                                              Clock clock) {
        return new ReplayingProjections(group, reports, contributions, handlings, board, years, units, clock);
    }
}
