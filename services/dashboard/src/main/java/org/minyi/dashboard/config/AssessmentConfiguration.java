package org.minyi.dashboard.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.dashboard.assessment.application.AssessingYears;
import org.minyi.dashboard.assessment.application.RecordingContributions;
import org.minyi.dashboard.assessment.application.SettingPointsTable;
import org.minyi.dashboard.assessment.application.SettingTargets;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.dashboard.assessment.messaging.InstructionEventsListener;
import org.minyi.dashboard.assessment.messaging.ReviewEventsListener;
import org.minyi.dashboard.assessment.messaging.SubmissionListener;
import org.minyi.dashboard.assessment.persistence.MongoContributions;
import org.minyi.dashboard.assessment.persistence.MongoPointsTables;
import org.minyi.dashboard.assessment.persistence.MongoTargetSheets;
import org.minyi.dashboard.handling.application.RecordingHandling;
import org.minyi.dashboard.handling.messaging.AssignmentsListener;
import org.minyi.dashboard.reference.persistence.MongoRosters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** Wires the yearly assessment: roster, facts and settings in Mongo, their bindings, the readings. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    MongoRosters rosters(MongoTemplate mongo, @Value("${minyi.reference.seed}") Resource seed) {
        MongoRosters rosters = new MongoRosters(mongo);
        rosters.seedAndLoad(seed);
        return rosters;
    }

    @Bean
    CountyCalendar countyCalendar(ZoneId countyZone) {
        return new CountyCalendar(countyZone);
    }

    @Bean
    MongoContributions contributions(MongoTemplate mongo) {
        MongoContributions contributions = new MongoContributions(mongo);
        contributions.createIndexes();
        return contributions;
    }

    @Bean
    MongoTargetSheets targetSheets(MongoTemplate mongo) {
        return new MongoTargetSheets(mongo);
    }

    @Bean
    MongoPointsTables pointsTables(MongoTemplate mongo) {
        return new MongoPointsTables(mongo);
    }

    @Bean
    RecordingContributions recordingContributions(MongoContributions contributions) {
        return new RecordingContributions(contributions);
    }

    @Bean
    AssessingYears assessingYears(MongoContributions contributions, MongoRosters rosters, MongoTargetSheets targets,
                                  MongoPointsTables tables, Clock clock,
                                  @Value("${minyi.assessment.max-age:5s}") Duration maxAge) {
        return new AssessingYears(contributions, rosters, targets, tables, clock, maxAge);
    }

    @Bean
    SettingTargets settingTargets(MongoTargetSheets targets, MongoRosters rosters, Clock clock) {
        return new SettingTargets(targets, rosters, clock);
    }

    @Bean
    SettingPointsTable settingPointsTable(MongoPointsTables tables, Clock clock) {
        return new SettingPointsTable(tables, clock);
    }

    /**
     * Binding {@code reviewEvents-in-0}: {@code review.review-events}, group {@code dashboard}; the
     * assessment's facts, then the transfers' tasks for the units' record.
     */
    @Bean
    Consumer<Message<byte[]>> reviewEvents(RecordingContributions recording, RecordingHandling handling,
                                           CountyCalendar calendar, MeterRegistry meters) {
        return InboundEvent.consumer(new ReviewEventsListener(recording, calendar, meters)
                .andThen(new AssignmentsListener(handling, calendar, meters)));
    }

    /**
     * Binding {@code instructionEvents-in-0}: {@code leadership.instruction-events}, group {@code dashboard};
     * the instructions' points, then the instructions' and forwards' tasks for the units' record.
     */
    @Bean
    Consumer<Message<byte[]>> instructionEvents(RecordingContributions recording, RecordingHandling handling,
                                                CountyCalendar calendar, MeterRegistry meters) {
        return InboundEvent.consumer(new InstructionEventsListener(recording, calendar, meters)
                .andThen(new AssignmentsListener(handling, calendar, meters)));
    }

    /** Binding {@code intakeEvents-in-0}: {@code intake.report-events}, group {@code dashboard}. */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(RecordingContributions recording, CountyCalendar calendar,
                                           MeterRegistry meters) {
        return InboundEvent.consumer(new SubmissionListener(recording, calendar, meters));
    }
}
