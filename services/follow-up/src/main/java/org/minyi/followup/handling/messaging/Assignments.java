package org.minyi.followup.handling.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventJson;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.ReportContext;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Basis;
import org.minyi.followup.handling.domain.Category;
import org.minyi.followup.handling.domain.ReportFacts;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.UnitRole;

/**
 * An instruction, forward or transfer as an assignment of tasks. One that names no report context or no
 * unit cannot be applied: it is poison ({@link EventJson.UnreadableEventException}, the dead-letter topic)
 * rather than retried.
 */
final class Assignments {

    private Assignments() {
    }

    static Assignment of(UUID eventId, String reportId, long sequence, List<AssignedUnit> units, ReportContext report,
                         Basis basis, String type) {
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
                Category.valueOf(report.category().name()), report.township(), report.committee(), report.authors(),
                report.urgent(), report.situation(), report.analysis(), report.suggestions());
        return new Assignment(eventId, new ReportId(reportId), sequence, assigned, facts, basis);
    }

    /** The id of the instruction, forward or transfer, required. */
    static String sourceId(String id, String type) {
        if (id == null || id.isBlank()) {
            throw new EventJson.UnreadableEventException(type + ": the id of what assigned the units is required");
        }
        return id;
    }
}
