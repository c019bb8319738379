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
import org.minyi.leadership.inbox.domain.Instruction;
import org.minyi.leadership.inbox.domain.InstructionIssued;
import org.minyi.leadership.inbox.domain.InstructionReleased;
import org.minyi.leadership.inbox.domain.ReportForwarded;
import org.minyi.leadership.inbox.domain.SentReport;
import org.minyi.leadership.inbox.domain.StatusStep;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/**
 * The inbox's decisions as integration events: every status step is a {@code report-status} change (codes
 * only, with the acting principal), and an instruction or a forward also travels with its units and the
 * report's text on {@code leadership.instruction-events} for follow-up; a release of an instruction to the
 * authors travels there alone (it changes no status).
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
        if (event instanceof InstructionReleased released) {
            return List.of(events.message(released(released), org.minyi.events.leadership.InstructionReleased.TYPE));
        }
        StatusStep step = (StatusStep) event;
        OutboxMessage status = events.message(statusChanged(step, item), ReportStatusChanged.TYPE);
        if (step instanceof InstructionIssued issued) {
            return List.of(status, events.message(issued(issued, item),
                    org.minyi.events.leadership.InstructionIssued.TYPE));
        }
        if (step instanceof ReportForwarded forwarded) {
            org.minyi.events.leadership.ReportForwarded forward = new org.minyi.events.leadership.ReportForwarded(
                    IntegrationEvents.derivedId(forwarded.eventId(), org.minyi.events.leadership.ReportForwarded.TYPE),
                    forwarded.reportId().value(), forwarded.sequence(), forwarded.occurredAt(),
                    forwarded.forward().forwardId().toString(), forwarded.forward().comment(),
                    units(forwarded.forward().units()), context(item));
            return List.of(status, events.message(forward, org.minyi.events.leadership.ReportForwarded.TYPE));
        }
        return List.of(status);
    }

    private static org.minyi.events.leadership.InstructionIssued issued(InstructionIssued issued, InboxItem item) {
        Instruction i = issued.instruction();
        return new org.minyi.events.leadership.InstructionIssued(
                IntegrationEvents.derivedId(issued.eventId(), org.minyi.events.leadership.InstructionIssued.TYPE),
                issued.reportId().value(), issued.sequence(), issued.occurredAt(), i.instructionId().toString(),
                i.leader(), org.minyi.events.leadership.InstructionIssued.Level.valueOf(i.level().name()), i.text(),
                units(i.units()), context(item), i.leaderName(), i.leaderTitle(), i.instructedOn(), i.recordedBy());
    }

    private static org.minyi.events.leadership.InstructionReleased released(InstructionReleased released) {
        Instruction i = released.instruction();
        return new org.minyi.events.leadership.InstructionReleased(released.eventId(), released.reportId().value(),
                released.sequence(), released.occurredAt(), i.instructionId().toString(), i.leader(), i.leaderName(),
                i.text(), i.instructedOn(), i.release().releasedBy());
    }

    private static ReportStatusChanged statusChanged(StatusStep step, InboxItem item) {
        SentReport report = item.report();
        return new ReportStatusChanged(step.eventId(), step.reportId().value(), report.trackingNumber(),
                status(step.status()), status(step.previousStatus()), step.sequence(), step.occurredAt(),
                report.township(), report.committee(), category(report), step.actorRole().name(), null, step.actor());
    }

    /** The report as the units are to act on it: its codes, title and text. */
    private static ReportContext context(InboxItem item) {
        SentReport report = item.report();
        return new ReportContext(report.trackingNumber(), report.title(), category(report), report.township(),
                report.committee(), report.authors(), report.urgent(), report.content().situation(),
                report.content().analysis(), report.content().suggestions());
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
