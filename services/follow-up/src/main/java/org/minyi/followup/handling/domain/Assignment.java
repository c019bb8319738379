package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Units assigned to a report by a leader's instruction (批示) or the office's forward (转办), as
 * announced by leadership-instruction. A unit named twice in one assignment gets one task.
 *
 * @param eventId  the announcing event's id; an assignment is applied once
 * @param sourceId the instruction's or forward's id
 * @param sequence the report's sequence the announcement carried
 */
public record Assignment(UUID eventId, ReportId reportId, Kind kind, String sourceId, long sequence, Instant at,
                         List<UnitAssignment> units, ReportFacts report) {

    public Assignment {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(report, "report");
        Set<String> seen = new HashSet<>();
        List<UnitAssignment> distinct = new ArrayList<>();
        for (UnitAssignment unit : units) {
            if (seen.add(unit.unit())) {
                distinct.add(unit);
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("an assignment names at least one unit");
        }
        units = List.copyOf(distinct);
    }

    public enum Kind {
        INSTRUCTION, FORWARD
    }

    /** @param deadline {@code null} when none was set */
    public record UnitAssignment(String unit, UnitRole role, LocalDate deadline) {

        public UnitAssignment {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(role, "role");
        }
    }
}
