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
 * Units assigned to a report by a leader's instruction (批示), the office's forward (转办) — both as
 * leadership-instruction announces them — or the office's transfer straight to the units (转送), as
 * committee-review announces it. A unit named twice in one assignment is assigned once (its first
 * mention counts).
 *
 * @param eventId  the announcing event's id; an assignment is applied once
 * @param sequence the report's sequence the announcement carried
 * @param report   the report as it was when the units were assigned, with its text where the event carried it
 * @param basis    what the units are to act on: the instruction, or the office's note
 */
public record Assignment(UUID eventId, ReportId reportId, long sequence, List<UnitAssignment> units,
                         ReportFacts report, Basis basis) {

    public Assignment {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(basis, "basis");
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

    public Kind kind() {
        return basis.kind();
    }

    /** The instruction's, forward's or transfer's id. */
    public String sourceId() {
        return basis.sourceId();
    }

    public Instant at() {
        return basis.at();
    }

    /** 批示 a leader's instruction, 转办 the office's forward after the leaders, 转送 the office's transfer without them. */
    public enum Kind {
        INSTRUCTION, FORWARD, TRANSFER
    }

    /** @param deadline {@code null} when none was set */
    public record UnitAssignment(String unit, UnitRole role, LocalDate deadline) {

        public UnitAssignment {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(role, "role");
        }
    }
}
