package org.minyi.leadership.inbox.messaging;

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
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.leadership.inbox.application.Causation;
import org.minyi.leadership.inbox.application.OutboundEvents;
import org.minyi.leadership.inbox.domain.InboxEvent;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InstructionIssued;
import org.minyi.leadership.inbox.domain.OutboxMessage;
import org.minyi.leadership.inbox.domain.ReportForwarded;
import org.minyi.leadership.inbox.domain.SentReport;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/**
 * The inbox's decisions as integration events: every step is a {@code report-status} change (codes
 * only), and an instruction or a forward also travels with its units on
 * {@code leadership.instruction-events} for follow-up.
 */
public final class LeadershipIntegrationEvents implements OutboundEvents {

    static final URI SOURCE = URI.create("/minyi/leadership-instruction");

    private final Supplier<Map<String, String>> traceContext;

    /**
     * @param traceContext the current trace as W3C headers ({@code traceparent}), stored with each event so
     *                     that whoever handles it continues the same trace
     */
    public LeadershipIntegrationEvents(Supplier<Map<String, String>> traceContext) {
        this.traceContext = traceContext;
    }

    @Override
    public List<OutboxMessage> translate(InboxEvent event, InboxItem item, Causation causation) {
        OutboxMessage status = message(statusChanged(event, item), ReportStatusChanged.TYPE, causation);
        if (event instanceof InstructionIssued issued) {
            org.minyi.events.leadership.InstructionIssued instruction = new org.minyi.events.leadership.InstructionIssued(
                    derivedId(issued.eventId(), org.minyi.events.leadership.InstructionIssued.TYPE),
                    issued.reportId().value(), issued.sequence(), issued.occurredAt(),
                    issued.instruction().instructionId().toString(), issued.instruction().leader(),
                    org.minyi.events.leadership.InstructionIssued.Level.valueOf(issued.instruction().level().name()),
                    issued.instruction().text(), units(issued.instruction().units()), context(item));
            return List.of(status, message(instruction, org.minyi.events.leadership.InstructionIssued.TYPE, causation));
        }
        if (event instanceof ReportForwarded forwarded) {
            org.minyi.events.leadership.ReportForwarded forward = new org.minyi.events.leadership.ReportForwarded(
                    derivedId(forwarded.eventId(), org.minyi.events.leadership.ReportForwarded.TYPE),
                    forwarded.reportId().value(), forwarded.sequence(), forwarded.occurredAt(),
                    forwarded.forward().forwardId().toString(), forwarded.forward().comment(),
                    units(forwarded.forward().units()), context(item));
            return List.of(status, message(forward, org.minyi.events.leadership.ReportForwarded.TYPE, causation));
        }
        return List.of(status);
    }

    private static ReportStatusChanged statusChanged(InboxEvent event, InboxItem item) {
        SentReport report = item.report();
        return new ReportStatusChanged(event.eventId(), event.reportId().value(), report.trackingNumber(),
                status(event.status()), status(event.previousStatus()), event.sequence(), event.occurredAt(),
                report.township(), report.committee(), category(report), event.actorRole().name());
    }

    private static ReportContext context(InboxItem item) {
        SentReport report = item.report();
        return new ReportContext(report.trackingNumber(), report.title(), category(report), report.township(),
                report.committee(), report.authors(), report.urgent());
    }

    private static List<AssignedUnit> units(List<UnitAssignment> units) {
        return units.stream().map(u -> new AssignedUnit(u.unit(), AssignedUnit.Role.valueOf(u.role().name()),
                u.deadline())).toList();
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

    private static ReportStatus status(org.minyi.leadership.inbox.domain.ReportStatus status) {
        return status == null ? null : ReportStatus.valueOf(status.name());
    }

    private static Category category(SentReport report) {
        return Category.valueOf(report.category().name());
    }
}
