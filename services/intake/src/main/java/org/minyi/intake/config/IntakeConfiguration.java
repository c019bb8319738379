package org.minyi.intake.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.intake.reference.domain.ReferenceData;
import org.minyi.intake.reference.persistence.MongoReferenceData;
import org.minyi.intake.report.application.AmendingReport;
import org.minyi.intake.report.application.FindingReports;
import org.minyi.intake.report.application.OutboundEvents;
import org.minyi.intake.report.application.RecordingStatusChange;
import org.minyi.intake.report.application.SubmissionValidation;
import org.minyi.intake.report.application.SubmittingReport;
import org.minyi.intake.report.messaging.IntakeIntegrationEvents;
import org.minyi.intake.report.messaging.OutboxRelay;
import org.minyi.intake.report.messaging.ReportStatusListener;
import org.minyi.intake.report.persistence.MongoReports;
import org.minyi.intake.report.persistence.MongoTrackingNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires intake's hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MongoReports reports(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        MongoReports reports = new MongoReports(mongo, events, clock);
        reports.createIndexes();
        return reports;
    }

    @Bean
    MongoReferenceData referenceData(MongoTemplate mongo, @Value("${minyi.reference.seed}") Resource seed) {
        MongoReferenceData reference = new MongoReferenceData(mongo);
        reference.seedAndLoad(seed);
        return reference;
    }

    @Bean
    OutboundEvents outboundEvents() {
        return new IntakeIntegrationEvents();
    }

    @Bean
    SubmissionValidation submissionValidation(ReferenceData reference) {
        return new SubmissionValidation(reference);
    }

    @Bean
    SubmittingReport submittingReport(MongoReports reports, MongoTemplate mongo, SubmissionValidation validation,
                                      OutboundEvents outbound, Clock clock, @Value("${minyi.zone}") ZoneId zone) {
        return new SubmittingReport(reports, new MongoTrackingNumbers(mongo), validation, outbound, clock, zone);
    }

    @Bean
    AmendingReport amendingReport(MongoReports reports, SubmissionValidation validation, OutboundEvents outbound,
                                  Clock clock) {
        return new AmendingReport(reports, validation, outbound, clock);
    }

    @Bean
    FindingReports findingReports(MongoReports reports) {
        return new FindingReports(reports);
    }

    @Bean
    RecordingStatusChange recordingStatusChange(MongoReports reports) {
        return new RecordingStatusChange(reports);
    }

    @Bean
    ReportStatusListener reportStatusListener(RecordingStatusChange recording) {
        return new ReportStatusListener(recording);
    }

    @Bean
    OutboxRelay outboxRelay(MongoReports outbox, KafkaTemplate<String, byte[]> kafka, Clock clock,
                            MeterRegistry meters,
                            @Value("${minyi.outbox.sweep-every:5s}") Duration sweepEvery,
                            @Value("${minyi.outbox.sweep-age:10s}") Duration sweepAge,
                            @Value("${minyi.outbox.send-timeout:30s}") Duration sendTimeout) {
        return new OutboxRelay(outbox, kafka, clock, sweepEvery, sweepAge, sendTimeout, meters);
    }
}
