package org.minyi.intake.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.security.AccessRules;
import org.minyi.intake.reference.domain.DisplayNames;
import org.minyi.intake.reference.domain.ReferenceData;
import org.minyi.intake.reference.persistence.MongoReferenceData;
import org.minyi.intake.report.application.AmendingReport;
import org.minyi.intake.report.application.AssessingQuality;
import org.minyi.intake.report.application.Counties;
import org.minyi.intake.report.application.FindingReports;
import org.minyi.intake.report.application.LearningOutcomes;
import org.minyi.intake.report.application.RecordingStatusChange;
import org.minyi.intake.report.application.SubmissionValidation;
import org.minyi.intake.report.application.SubmittingReport;
import org.minyi.intake.report.domain.CountyLimits;
import org.minyi.intake.report.domain.DuplicatePolicy;
import org.minyi.intake.report.domain.MinHash;
import org.minyi.intake.report.domain.QualityPolicy;
import org.minyi.intake.report.domain.SimilarityIndex;
import org.minyi.intake.report.messaging.HandlingEventsListener;
import org.minyi.intake.report.messaging.InstructionEventsListener;
import org.minyi.intake.report.messaging.IntakeIntegrationEvents;
import org.minyi.intake.report.messaging.ReportStatusListener;
import org.minyi.intake.report.messaging.ReviewEventsListener;
import org.minyi.intake.report.persistence.IndexedSimilarReports;
import org.minyi.intake.report.persistence.MongoReports;
import org.minyi.intake.report.persistence.MongoTrackingNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires intake's hexagon: domain and use cases in the middle, Mongo and Kafka adapters around. The
 * chassis supplies the rest (outbox relay, dead letters, audit, problem+json, security from
 * {@link IntakeAccess}).
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    AccessRules intakeAccess() {
        return new IntakeAccess();
    }

    @Bean
    MongoOutbox reportsOutbox(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        return new MongoOutbox(mongo, "reports", events, clock);
    }

    @Bean
    MongoReports reports(MongoTemplate mongo, MongoOutbox reportsOutbox, IntegrationEvents events) {
        MongoReports reports = new MongoReports(mongo, reportsOutbox, new IntakeIntegrationEvents(events));
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
    Counties counties(ReferenceData reference, @Value("${minyi.county}") String county) {
        return new Counties(reference, county);
    }

    /** The length limits of {@code minyi.intake.limits}; bad limits stop the start. */
    @Bean
    CountyLimits countyLimits(Environment environment) {
        return Binder.get(environment).bind("minyi.intake.limits", Bindable.of(LengthSettings.class))
                .map(LengthSettings::limits).orElseGet(CountyLimits::standard);
    }

    @Bean
    SubmissionValidation submissionValidation(ReferenceData reference, Counties counties, CountyLimits limits,
                                              Clock clock, @Value("${minyi.zone}") ZoneId zone) {
        return new SubmissionValidation(reference, counties, limits, clock, zone);
    }

    @Bean
    DuplicatePolicy duplicatePolicy(@Value("${minyi.intake.duplicates.threshold:0.12}") double threshold,
                                    @Value("${minyi.intake.duplicates.window:90d}") Duration window,
                                    @Value("${minyi.intake.duplicates.listed:5}") int listed) {
        return new DuplicatePolicy(threshold, window, listed);
    }

    @Bean
    IndexedSimilarReports similarReports(MongoTemplate mongo, DuplicatePolicy policy, Clock clock,
                                         @Value("${minyi.intake.duplicates.refresh-every:30s}") Duration refreshEvery) {
        return new IndexedSimilarReports(mongo, SimilarityIndex.standard(), policy, clock, refreshEvery);
    }

    @Bean
    AssessingQuality assessingQuality(CountyLimits limits, Counties counties, DuplicatePolicy duplicates,
                                      IndexedSimilarReports similar, @Value("${minyi.zone}") ZoneId zone,
                                      @Value("${minyi.intake.quality.slow-after-days:30}") int slowAfterDays,
                                      @Value("${minyi.intake.quality.urgent-slow-after-days:7}") int urgentSlowAfterDays) {
        return new AssessingQuality(new QualityPolicy(slowAfterDays, urgentSlowAfterDays), limits, counties,
                MinHash.STANDARD, duplicates, similar, zone);
    }

    @Bean
    SubmittingReport submittingReport(MongoReports reports, MongoTemplate mongo, SubmissionValidation validation,
                                      AssessingQuality quality, Clock clock, @Value("${minyi.zone}") ZoneId zone) {
        return new SubmittingReport(reports, new MongoTrackingNumbers(mongo), validation, quality, clock, zone);
    }

    @Bean
    AmendingReport amendingReport(MongoReports reports, SubmissionValidation validation, AssessingQuality quality,
                                  Clock clock) {
        return new AmendingReport(reports, validation, quality, clock);
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
    LearningOutcomes learningOutcomes(MongoReports reports) {
        return new LearningOutcomes(reports);
    }

    @Bean
    DisplayNames displayNames(ReferenceData reference) {
        return new DisplayNames(reference);
    }

    /** Binding {@code reportStatus-in-0}: {@code report-status}, group {@code intake}. */
    @Bean
    Consumer<Message<byte[]>> reportStatus(RecordingStatusChange recording) {
        return InboundEvent.consumer(new ReportStatusListener(recording));
    }

    /** Binding {@code reviewEvents-in-0}: {@code review.review-events}, group {@code intake}. */
    @Bean
    Consumer<Message<byte[]>> reviewEvents(LearningOutcomes learning) {
        return InboundEvent.consumer(new ReviewEventsListener(learning));
    }

    /** Binding {@code instructionEvents-in-0}: {@code leadership.instruction-events}, group {@code intake}. */
    @Bean
    Consumer<Message<byte[]>> instructionEvents(LearningOutcomes learning) {
        return InboundEvent.consumer(new InstructionEventsListener(learning));
    }

    /** Binding {@code handlingEvents-in-0}: {@code followup.handling-events}, group {@code intake}. */
    @Bean
    Consumer<Message<byte[]>> handlingEvents(LearningOutcomes learning) {
        return InboundEvent.consumer(new HandlingEventsListener(learning));
    }
}
