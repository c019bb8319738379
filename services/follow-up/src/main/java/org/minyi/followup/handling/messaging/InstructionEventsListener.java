package org.minyi.followup.handling.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.leadership.ReportForwarded;
import org.minyi.followup.handling.application.AssigningTasks;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Category;
import org.minyi.followup.handling.domain.ReportFacts;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.UnitRole;

/**
 * Follows {@code leadership.instruction-events} (binding {@code instructionEvents}): each instruction
 * (批示) or forward (转办) becomes an assignment of tasks. An announcement that names no report context
 * or no unit cannot be applied and is treated as poison (dead-letter topic) rather than retried.
 */
public final class InstructionEventsListener implements Consumer<InboundEvent> {

    private final AssigningTasks assigning;

    public InstructionEventsListener(AssigningTasks assigning) {
        this.assigning = assigning;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(InstructionIssued.TYPE).ifPresent(this::on);
        event.as(ReportForwarded.TYPE).ifPresent(this::on);
    }

    void on(InstructionIssued e) {
        assigning.assign(assignment(e.eventId(), e.reportId(), Assignment.Kind.INSTRUCTION, e.instructionId(),
                e.sequence(), e.occurredAt(), e.units(), e.report(), InstructionIssued.TYPE.name()));
    }

    void on(ReportForwarded e) {
        assigning.assign(assignment(e.eventId(), e.reportId(), Assignment.Kind.FORWARD, e.forwardId(),
                e.sequence(), e.occurredAt(), e.units(), e.report(), ReportForwarded.TYPE.name()));
    }

    private static Assignment assignment(UUID eventId, String reportId, Assignment.Kind kind, String sourceId,
                                         long sequence, Instant at, List<AssignedUnit> units, ReportContext report,
                                         String type) {
        if (report == null || report.trackingNumber() == null || report.title() == null
                || report.category() == null || report.township() == null) {
            throw new EventJson.UnreadableEventException(type + ": report context with trackingNumber, title, "
                    + "category and township is required");
        }
        if (units == null || units.isEmpty()) {
            throw new EventJson.UnreadableEventException(type + ": at least one unit is required");
        }
        List<Assignment.UnitAssignment> assigned = new ArrayList<>();
        for (AssignedUnit unit : units) {
            if (unit == null || unit.unit() == null || unit.unit().isBlank()) {
                throw new EventJson.UnreadableEventException(type + ": every unit needs its code");
            }
            UnitRole role = unit.role() == AssignedUnit.Role.LEAD ? UnitRole.LEAD : UnitRole.SUPPORT;
            assigned.add(new Assignment.UnitAssignment(unit.unit(), role, unit.deadline()));
        }
        ReportFacts facts = new ReportFacts(report.trackingNumber(), report.title(),
                Category.valueOf(report.category().name()), report.township(), report.committee(), report.authors());
        return new Assignment(eventId, new ReportId(reportId), kind, sourceId, sequence, at, assigned, facts);
    }
}
