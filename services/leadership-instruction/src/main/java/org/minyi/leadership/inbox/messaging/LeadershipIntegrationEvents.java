package org.minyi.leadership.inbox.messaging;

import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.leadership.inbox.domain.InboxEvent;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InstructionIssued;
import org.minyi.leadership.inbox.domain.ReportForwarded;
import org.minyi.leadership.inbox.domain.SentReport;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/**
 * The inbox's decisions as integration events: every step is a {@code report-status} change (codes
 * only), and an instruction or a forward also travels with its units on
 * {@code leadership.instruction-events} for follow-up.
 */
public final class LeadershipIntegrationEvents implements EventTranslation<InboxItem, InboxEvent> {

    private final IntegrationEvents events;

    public LeadershipIntegrationEvents(IntegrationEvents events) {
        this.events = events;
    }

    @Override
    public List<OutboxMessage> translate(InboxItem item, List<? extends InboxEvent> decided) {
        List<OutboxMessage> messages = new ArrayList<>();
        decided.forEach(event -> messages.addAll(translate(event, item)));
        return messages;
    }

    private List<OutboxMessage> translate(InboxEvent event, InboxItem item) {
        OutboxMessage status = events.message(statusChanged(event, item), ReportStatusChanged.TYPE);
        if (event instanceof InstructionIssued issued) {
            org.minyi.events.leadership.InstructionIssued instruction = new org.minyi.events.leadership.InstructionIssued(
                    IntegrationEvents.derivedId(issued.eventId(), org.minyi.events.leadership.InstructionIssued.TYPE),
                    issued.reportId().value(), issued.sequence(), issued.occurredAt(),
                    issued.instruction().instructionId().toString(), issued.instruction().leader(),
                    org.minyi.events.leadership.InstructionIssued.Level.valueOf(issued.instruction().level().name()),
                    issued.instruction().text(), units(issued.instruction().units()), context(item));
            return List.of(status, events.message(instruction, org.minyi.events.leadership.InstructionIssued.TYPE));
        }
        if (event instanceof ReportForwarded forwarded) {
            org.minyi.events.leadership.ReportForwarded forward = new org.minyi.events.leadership.ReportForwarded(
                    IntegrationEvents.derivedId(forwarded.eventId(), org.minyi.events.leadership.ReportForwarded.TYPE),
                    forwarded.reportId().value(), forwarded.sequence(), forwarded.occurredAt(),
                    forwarded.forward().forwardId().toString(), forwarded.forward().comment(),
                    units(forwarded.forward().units()), context(item));
            return List.of(status, events.message(forward, org.minyi.events.leadership.ReportForwarded.TYPE));
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

    private static ReportStatus status(org.minyi.leadership.inbox.domain.ReportStatus status) {
        return status == null ? null : ReportStatus.valueOf(status.name());
    }

    private static Category category(SentReport report) {
        return Category.valueOf(report.category().name());
    }
}
