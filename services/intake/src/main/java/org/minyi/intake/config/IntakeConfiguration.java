package org.minyi.intake.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.intake.reference.domain.ReferenceData;
import org.minyi.intake.reference.persistence.MongoReferenceData;
import org.minyi.intake.report.application.AmendingReport;
import org.minyi.intake.report.application.AssessingQuality;
import org.minyi.intake.report.application.Counties;
import org.minyi.intake.report.application.FindingReports;
import org.minyi.intake.report.application.OutboundEvents;
import org.minyi.intake.report.application.RecordingStatusChange;
import org.minyi.intake.report.application.SubmissionValidation;
import org.minyi.intake.report.application.SubmittingReport;
import org.minyi.intake.report.domain.CountyLimits;
import org.minyi.intake.report.domain.DuplicatePolicy;
import org.minyi.intake.report.domain.MinHash;
import org.minyi.intake.report.domain.QualityPolicy;
import org.minyi.intake.report.domain.SimilarityIndex;
import org.minyi.intake.audit.persistence.MongoAuditTrail;
import org.minyi.intake.report.messaging.IntakeIntegrationEvents;
import org.minyi.intake.report.messaging.TracePropagation;
import org.minyi.intake.report.messaging.OutboxRelay;
import org.minyi.intake.report.messaging.ReportStatusListener;
import org.minyi.intake.report.persistence.IndexedSimilarReports;
import org.minyi.intake.report.persistence.MongoReports;
import org.minyi.intake.report.persistence.MongoTrackingNumbers;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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
    OutboundEvents outboundEvents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        Supplier<Map<String, String>> traceContext = currentTracer == null || currentPropagator == null
                ? Map::of : new TracePropagation(currentTracer, currentPropagator);
        return new IntakeIntegrationEvents(traceContext);
    }

    @Bean
    MongoAuditTrail auditTrail(MongoTemplate mongo) {
        MongoAuditTrail trail = new MongoAuditTrail(mongo);
        trail.createIndexes();
        return trail;
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
                                      AssessingQuality quality, OutboundEvents outbound, Clock clock,
                                      @Value("${minyi.zone}") ZoneId zone) {
        return new SubmittingReport(reports, new MongoTrackingNumbers(mongo), validation, quality, outbound, clock,
                zone);
    }

    @Bean
    AmendingReport amendingReport(MongoReports reports, SubmissionValidation validation, AssessingQuality quality,
                                  OutboundEvents outbound, Clock clock) {
        return new AmendingReport(reports, validation, quality, outbound, clock);
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
                            @Value("${minyi.outbox.sweep-every:30s}") Duration sweepEvery,
                            @Value("${minyi.outbox.sweep-age:30s}") Duration sweepAge,
                            @Value("${minyi.outbox.send-timeout:30s}") Duration sendTimeout) {
        return new OutboxRelay(outbox, kafka, clock, sweepEvery, sweepAge, sendTimeout, meters);
    }
}
