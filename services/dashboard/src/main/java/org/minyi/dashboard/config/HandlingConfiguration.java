package org.minyi.dashboard.config;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.dashboard.handling.application.ReadingUnitRecords;
import org.minyi.dashboard.handling.application.RecordingHandling;
import org.minyi.dashboard.handling.messaging.HandlingEventsListener;
import org.minyi.dashboard.handling.persistence.MongoHandlingHistories;
import org.minyi.dashboard.reference.persistence.MongoRosters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires the handling units' record: the histories in Mongo, the {@code handlingEvents} binding, the reading.
 * Assignments, flags and reopenings arrive on the board's and the assessment's bindings (see there).
 */
@Configuration(proxyBeanMethods = false)
class HandlingConfiguration {

    @Bean
    MongoHandlingHistories handlingHistories(MongoTemplate mongo) {
        MongoHandlingHistories histories = new MongoHandlingHistories(mongo);
        histories.createIndexes();
        return histories;
    }

    @Bean
    RecordingHandling recordingHandling(MongoHandlingHistories histories) {
        return new RecordingHandling(histories);
    }

    @Bean
    ReadingUnitRecords readingUnitRecords(MongoHandlingHistories histories, MongoRosters rosters, Clock clock,
                                          @Value("${minyi.units.max-age:5s}") Duration maxAge) {
        return new ReadingUnitRecords(histories, rosters, clock, maxAge);
    }

    /** Binding {@code handlingEvents-in-0}: {@code followup.handling-events}, group {@code dashboard}. */
    @Bean
    Consumer<Message<byte[]>> handlingEvents(RecordingHandling recording, CountyCalendar calendar,
                                             MeterRegistry meters) {
        return InboundEvent.consumer(new HandlingEventsListener(recording, calendar, meters));
    }
}
