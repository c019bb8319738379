package org.minyi.dashboard.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Units given a report to handle, by a leader's instruction (批示), the office's forward (转办) or its transfer
 * (转送): each event is one assignment.
 *
 * @param at when it was made; {@code on} is that day in the county, which decides the task's year
 */
public record Assignment(UUID eventId, String reportId, String trackingNumber, long sequence, Instant at,
                         LocalDate on, List<Assignee> units) {

    public Assignment {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(on, "on");
        units = List.copyOf(units);
    }

    /** One unit named by the assignment; {@code deadline} may be absent (such a task is never overdue). */
    public record Assignee(String unit, TaskRole role, LocalDate deadline) {

        public Assignee {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(role, "role");
        }
    }
}
