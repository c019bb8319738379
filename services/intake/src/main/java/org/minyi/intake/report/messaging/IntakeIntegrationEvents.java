package org.minyi.intake.report.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.OnBehalfOf;
import org.minyi.events.intake.Quality;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.intake.report.application.Causation;
import org.minyi.intake.report.application.OutboundEvents;
import org.minyi.intake.report.domain.OutboxMessage;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.ReportSubmitted;
import org.minyi.intake.report.domain.ReportWithdrawn;

/**
 * Intake's domain events as integration events: every step is a {@code report-status} change, and a
 * submission also travels with its content on {@code intake.report-events} for routing.
 */
public final class IntakeIntegrationEvents implements OutboundEvents {

    static final URI SOURCE = URI.create("/minyi/intake");

    private final Supplier<Map<String, String>> traceContext;

    /**
     * @param traceContext the current trace as W3C headers ({@code traceparent}), stored with each event so
     *                     that whoever handles it continues the same trace
     */
    public IntakeIntegrationEvents(Supplier<Map<String, String>> traceContext) {
        this.traceContext = traceContext;
    }

    @Override
    public List<OutboxMessage> translate(org.minyi.intake.report.domain.ReportEvent event, Report report,
                                         Causation causation) {
        if (event instanceof ReportSubmitted submitted) {
            ReportStatusChanged status = new ReportStatusChanged(submitted.eventId(), submitted.reportId().value(),
                    submitted.trackingNumber().value(), ReportStatus.SUBMITTED, status(submitted.previousStatus()),
                    submitted.sequence(), submitted.occurredAt(), submitted.content().township(), null,
                    category(submitted.content().category()), submitted.submittedBy().role().name());
            org.minyi.events.intake.ReportSubmitted content = new org.minyi.events.intake.ReportSubmitted(
                    derivedId(submitted.eventId(), org.minyi.events.intake.ReportSubmitted.TYPE),
                    submitted.reportId().value(), submitted.sequence(), submitted.occurredAt(),
                    submitted.trackingNumber().value(), submitted.revision(), submitted.submittedBy().principal(),
                    submittedReport(submitted.content()), quality(submitted.quality()));
            return List.of(
                    message(status, ReportStatusChanged.TYPE, causation),
                    message(content, org.minyi.events.intake.ReportSubmitted.TYPE, causation));
        }
        if (event instanceof ReportWithdrawn withdrawn) {
            ReportStatusChanged status = new ReportStatusChanged(withdrawn.eventId(), withdrawn.reportId().value(),
                    withdrawn.trackingNumber().value(), ReportStatus.WITHDRAWN, status(withdrawn.previousStatus()),
                    withdrawn.sequence(), withdrawn.occurredAt(), withdrawn.township(), withdrawn.committee(),
                    category(withdrawn.category()), withdrawn.withdrawnBy().role().name());
            return List.of(message(status, ReportStatusChanged.TYPE, causation));
        }
        throw new IllegalArgumentException("no integration event for " + event);
    }

    static SubmittedReport submittedReport(ReportContent c) {
        return new SubmittedReport(c.title(), category(c.category()), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(c.onBehalfOf().kind().name()), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn());
    }

    static Quality quality(org.minyi.intake.report.domain.Quality quality) {
        return new Quality(quality.orderedFlags().stream().map(flag -> Quality.Flag.valueOf(flag.name())).toList(),
                quality.possibleDuplicates().stream().map(d -> new Quality.PossibleDuplicate(d.reportId().value(),
                        d.trackingNumber().value(), Math.round(d.similarity() * 1000) / 1000.0)).toList());
    }

    /** A second event announcing the same step gets an id of its own, derived so it is stable. */
    static UUID derivedId(UUID stepId, EventType<?> type) {
        return UUID.nameUUIDFromBytes((stepId + "/" + type.name()).getBytes(StandardCharsets.UTF_8));
    }

    private OutboxMessage message(ReportEvent event, EventType<?> type, Causation causation) {
        EventEnvelope envelope = EventEnvelope.of(event, type, SOURCE, causation.correlationId(),
                causation.causationId());
        Map<String, String> headers = new LinkedHashMap<>();
        envelope.toHeaders().forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
        headers.putAll(traceContext.get());
        return new OutboxMessage(event.eventId().toString(), type.topic(), event.reportId(), headers,
                EventJson.writeString(event));
    }

    private static ReportStatus status(org.minyi.intake.report.domain.ReportStatus status) {
        return status == null ? null : ReportStatus.valueOf(status.name());
    }

    private static Category category(org.minyi.intake.report.domain.Category category) {
        return Category.valueOf(category.name());
    }
}
